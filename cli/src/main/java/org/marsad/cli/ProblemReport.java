package org.marsad.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import org.marsad.source.InputProblem;

/**
 * Reports bad inputs on stderr, one line each with the input and the reason, and counts those left
 * out; a warning about an input read anyway (bad bytes replaced) is shown but does not count.
 */
final class ProblemReport implements Consumer<InputProblem> {

    private final PrintWriter err;
    private int count;

    ProblemReport(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(InputProblem problem) {
        if (problem.skipped()) {
            count++;
            err.println("marsad: skipped " + problem.source() + ": " + problem.reason());
        } else {
            err.println("marsad: warning: " + problem.source() + ": " + problem.reason() + " (read anyway)");
        }
        err.flush();
    }

    synchronized int count() {
        return count;
    }

    /** 0 when every input was read, 1 when some were bad. */
    int exitCode() {
        return count() == 0 ? 0 : MarsadCli.EXIT_BAD_INPUT;
    }
}

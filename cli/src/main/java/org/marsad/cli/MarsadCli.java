package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: an observatory for Arabic news. */
@Command(name = "marsad",
        mixinStandardHelpOptions = true,
        version = "marsad 0.1.0",
        description = {"Marsad (مرصد): clean articles, stories, entities and timelines from Arabic news pages.",
                "Exit codes: 0 ok, 1 some inputs were bad (each reported on stderr, the rest processed), 2 usage error."},
        subcommands = {ExtractCommand.class, AnalyzeCommand.class, UrlsCommand.class, IngestCommand.class, SearchCommand.class,
                StoriesCommand.class, EntitiesCommand.class, TimelineCommand.class, StatsCommand.class, ServeCommand.class,
                EvalCommand.class, TrainCommand.class, DemoCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class MarsadCli implements Runnable {

    /** Exit code when some inputs were bad and the rest were processed. */
    static final int EXIT_BAD_INPUT = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Kept referenced so that the level set on it holds (JUL holds loggers weakly). */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene warns on every start that it does not use the Vector API on this JDK; nothing to act on
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs the command line with UTF-8 output streams; returns the exit code. */
    public static int run(String... args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
        }
    }

    /**
     * What the user reads about a command that stopped: the message of an input error (which names
     * the input and the reason); for an exception without a message, a fault of Marsad rather than of
     * the input, its kind and where it arose, so that "marsad: null" never reaches anyone.
     */
    static String describe(Exception e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        StackTraceElement[] trace = e.getStackTrace();
        return "internal error, " + e.getClass().getName()
                + (trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName()
                        + ":" + trace[0].getLineNumber())
                + " (a fault of Marsad, not of the input; please report it with the command)";
    }

    /** A configured command line writing to the given streams (tests pass their own). */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new MarsadCli());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("marsad: " + describe(e));
            return EXIT_BAD_INPUT;
        });
        return cl;
    }
}

package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval ...}: evaluation harnesses over public data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluation harnesses over public data; each prints its figures (--json: one object).",
        subcommands = {EvalStoriesCommand.class, EvalDedupCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

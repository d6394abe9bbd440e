package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code marsad eval ...}: evaluation harnesses that print precision, recall and F1. Each harness
 * is a subcommand ({@code extract}, {@code ner}, {@code time}; {@code stories} joins as a sibling).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a stage against gold data; prints precision, recall and F1 (--json: one object).",
        subcommands = {EvalExtractCommand.class, EvalNerCommand.class, EvalTimeCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a harness: eval extract DIR, eval ner --conll FILE, eval time FILE");
    }
}

package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train ...}: trains a model on the user's data; one subcommand per model ({@code ner}). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on your own labelled data (nothing trained is shipped with Marsad).",
        subcommands = {TrainNerCommand.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a model: train ner --conll FILE --model OUT");
    }
}

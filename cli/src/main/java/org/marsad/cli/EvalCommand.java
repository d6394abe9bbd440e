package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval ...}: evaluation harnesses over public data; each subcommand prints P/R/F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluation harnesses over public data (print precision, recall, F1; --json for one object).",
        subcommands = {EvalExtractCommand.class})
final class EvalCommand {
}

package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code marsad eval ...}: evaluation harnesses that print precision, recall and F1, one subcommand
 * per stage: {@code extract}, {@code ner}, {@code time}, {@code stories}, {@code dedup}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a stage against gold data; prints precision, recall and F1 (--json: one object).",
        subcommands = {EvalExtractCommand.class, EvalNerCommand.class, EvalTimeCommand.class,
                EvalStoriesCommand.class, EvalDedupCommand.class, EvalTagsCommand.class, EvalVariantsCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a harness: eval extract DIR, eval ner --conll FILE, eval time FILE, eval stories FILE, eval dedup --data DIR");
    }
}

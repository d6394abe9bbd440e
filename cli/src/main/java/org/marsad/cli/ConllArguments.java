package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The CoNLL data that {@code train ner} learns from and {@code eval ner} scores on, and which part of it. */
final class ConllArguments {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL file or directory")
    Path conll;

    @Option(names = "--format", defaultValue = "anercorp", description = "anercorp (default), aqmar or wojood")
    String format;

    @Option(names = "--part", defaultValue = "all",
            description = {"all (default); dev: the first 10%% of documents, held out from training;",
                    "train: the other 90%%, what `marsad train ner --part train` learns from (test: the same 90%%)"})
    String part;

    /** Fails on an unknown format or part, as a usage error. */
    void check(CommandLine.Model.CommandSpec spec) {
        if (!ConllNerData.FORMATS.contains(format) || !ConllNerData.PARTS.contains(part)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format or --part (formats: " + ConllNerData.FORMATS + "; parts: " + ConllNerData.PARTS + ")");
        }
    }

    /** The documents of the chosen part; a missing file is a usage error. */
    List<ConllNerData.Document> documents(CommandLine.Model.CommandSpec spec) throws IOException {
        check(spec);
        if (!Files.exists(conll)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + conll);
        }
        return ConllNerData.part(ConllNerData.read(conll, format), part);
    }
}

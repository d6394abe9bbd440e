package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.entity.tagger.PerceptronTagger;

import picocli.CommandLine.Command;

/** {@code marsad analyze PATH...}: pages to articles with their entities and times, JSON Lines on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Extract articles and find the people, places and organizations they name,",
                "one JSON object per line on stdout: the article fields of extract plus \"entities\" and \"times\".",
                "Mention offsets are UTF-16 units of the paragraphs joined by a newline."})
final class AnalyzeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    PageArguments pages;

    @picocli.CommandLine.Option(names = "--ner-model", paramLabel = "FILE",
            description = {"find names with a tagger trained by `marsad train ner` (default: the lexicon and rules);",
                    "which entity each name is still comes from the lexicon and spelling rules"})
    Path nerModel;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Marsad marsad = nerModel == null ? new Marsad() : new Marsad(PerceptronTagger.load(nerModel));
        return ExtractCommand.writeArticles(spec, pages.paths, marsad,
                (m, article, out) -> out.write(m.analyze(article), pages.explain));
    }
}

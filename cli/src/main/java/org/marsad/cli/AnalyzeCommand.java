package org.marsad.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code marsad analyze PATH...}: pages to articles with their entities and times, JSON Lines on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Extract articles and find the people, places and organizations they name,",
                "one JSON object per line on stdout: the article fields of extract plus \"entities\" and \"times\".",
                "Mention offsets are UTF-16 units of the paragraphs joined by a newline."})
final class AnalyzeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    PageArguments pages;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ExtractCommand.writeArticles(spec, pages.paths, (marsad, article, out) -> out.write(marsad.analyze(article), pages.explain));
    }
}

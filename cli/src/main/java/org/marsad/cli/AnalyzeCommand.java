package org.marsad.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad analyze PATH...}: pages to articles with their entities and times, JSON Lines on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Extract articles and find the people, places and organizations they name,",
                "one JSON object per line on stdout: the article fields of extract plus \"entities\" and \"times\".",
                "Mention offsets are UTF-16 units of the paragraphs joined by a newline."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "pages to read")
    List<String> paths;

    @Option(names = "--explain", description = "add every block of the page with its label and the reason for it")
    boolean explain;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return ExtractCommand.writeArticles(spec, paths, (marsad, article, out) -> out.write(marsad.analyze(article), explain));
    }
}

package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;

import picocli.CommandLine.Command;

/** {@code marsad extract PATH...}: pages to articles, JSON Lines on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Turn pages into clean articles, one JSON object per line on stdout.",
                "PATH is a file, a directory (walked recursively), a .gz file, or - for stdin.",
                "Bad inputs are reported on stderr with the reason and skipped; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    PageArguments pages;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return writeArticles(spec, pages.paths, (marsad, article, out) -> out.write(article, pages.explain));
    }

    /** How a command writes one extracted article. */
    @FunctionalInterface
    interface ArticleWriter {
        void write(Marsad marsad, Article article, ArticleJson out) throws IOException;
    }

    /**
     * Reads the pages, extracts their articles and writes each one; bad inputs and pages that break
     * the extractor are reported on stderr and cost no other page. Returns the exit code.
     */
    static int writeArticles(picocli.CommandLine.Model.CommandSpec spec, List<String> paths, ArticleWriter writer)
            throws IOException {
        return writeArticles(spec, paths, new Marsad(), writer);
    }

    /** As above, with the given Marsad (one analyzing with a trained tagger). */
    static int writeArticles(picocli.CommandLine.Model.CommandSpec spec, List<String> paths, Marsad marsad,
                             ArticleWriter writer) throws IOException {
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        try (ArticleJson out = new ArticleJson(spec.commandLine().getOut())) {
            new PageReader().read(paths, page -> {
                try {
                    for (Article a : extractOrReport(marsad, page, problems)) {
                        writer.write(marsad, a, out);
                    }
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, problems);
        }
        return problems.exitCode();
    }

    /** A page that breaks the extractor is reported like a bad input and costs no other page. */
    static List<Article> extractOrReport(Marsad marsad, RawPage page, ProblemReport problems) {
        try {
            return marsad.extract(page, problems);
        } catch (RuntimeException e) {
            problems.accept(new InputProblem(page.source(), "extraction failed: " + e));
            return List.of();
        }
    }
}

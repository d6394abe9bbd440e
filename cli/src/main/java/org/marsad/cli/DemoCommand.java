package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.RawPage;

import picocli.CommandLine.Command;

/** {@code marsad demo}: extracts the bundled sample pages and shows what was found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extract the bundled sample pages (five real crawled Arabic news pages) and print a summary.",
                "For the full JSON of the same pages: marsad extract --explain on their files."})
final class DemoCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Marsad marsad = new Marsad();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        List<RawPage> pages = DemoPages.load();
        int articles = 0;
        for (RawPage page : pages) {
            List<Article> found = ExtractCommand.extractOrReport(marsad, page, problems);
            articles += found.size();
            out.printf("%s  (%s, %d article%s)%n", page.source(), page.charset(), found.size(), found.size() == 1 ? "" : "s");
            for (Article a : found) {
                out.printf("  [%d] %s%n", a.position(), a.role().jsonName());
                out.printf("      title:      %s%n", orDash(a.title()));
                out.printf("      published:  %s%n", a.published() == null ? "-" : a.published() + " (from " + a.publishedFrom() + ")");
                out.printf("      outlet:     %s%n", orDash(a.outlet()));
                if (a.section() != null) {
                    out.printf("      section:    %s%n", a.section());
                }
                if (a.byline() != null) {
                    out.printf("      byline:     %s%n", a.byline());
                }
                out.printf("      paragraphs: %d%s%n", a.paragraphs().size(),
                        a.captions().isEmpty() ? "" : ", captions: " + a.captions().size());
                if (!a.agencies().isEmpty()) {
                    out.printf("      agencies:   %s%n", String.join("، ", a.agencies()));
                }
                if (!a.tags().isEmpty()) {
                    out.printf("      tags:       %s%n", String.join(" | ", a.tags()));
                }
                if (!a.related().isEmpty()) {
                    out.printf("      related:    %d headlines%n", a.related().size());
                }
            }
            out.println();
        }
        out.printf("%d pages, %d articles.%n", pages.size(), articles);
        out.println("Stories, entities, timelines, search and the web UI come with the next stages;"
                + " for the JSON of each article run: marsad extract --explain PATH");
        out.flush();
        return problems.exitCode();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}

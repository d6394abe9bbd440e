package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;
import org.marsad.store.IngestSummary;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreWriter;
import org.marsad.web.ServerOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad demo}: the bundled sample pages in a fresh store, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extract and analyze the bundled sample pages (five real crawled Arabic news pages), ingest them"
                + " into a fresh temporary store, print what was found, and serve it: open the printed URL.",
                "PATHs add pages of your own to the demo store. --no-serve prints the summary and stops."})
final class DemoCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "more pages to ingest beside the samples")
    List<String> paths = new ArrayList<>();

    @Option(names = "--port", description = "port to listen on (default 8080; 0 picks a free one)")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--no-serve", description = "do not start the server")
    boolean noServe;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Marsad marsad = new Marsad();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        List<RawPage> pages = new ArrayList<>(DemoPages.load());
        new PageReader().read(paths, pages::add, problems);
        summary(marsad, pages, problems, out);

        Path data = Files.createTempDirectory("marsad-demo-");
        try {
            IngestSummary ingested;
            try (StoreWriter writer = StoreWriter.open(data, marsad)) {
                ingested = writer.ingestPages(pages, org.marsad.store.IngestListener.SILENT); // problems were reported above
            }
            out.printf("%nStore %s: %d articles, %d stories, %d entities.%n", data, ingested.articles(),
                    ingested.stories(), ingested.entities());
            out.flush();
            if (!noServe) {
                try (MarsadStore store = MarsadStore.open(data)) {
                    ServeCommand.serveUntilInterrupted(store, ServerOptions.defaults().withPort(port), out, "the demo");
                }
            }
        } finally {
            deleteTree(data);
        }
        return problems.exitCode();
    }

    private static void summary(Marsad marsad, List<RawPage> pages, ProblemReport problems, PrintWriter out) {
        int articles = 0;
        for (RawPage page : pages) {
            List<Article> found = ExtractCommand.extractOrReport(marsad, page, problems);
            articles += found.size();
            out.printf("%s  (%s, %d article%s)%n", page.source(), page.charset(), found.size(), found.size() == 1 ? "" : "s");
            for (Article a : found) {
                out.printf("  [%d] %s  %s%n", a.position(), a.role().jsonName(), orDash(a.title()));
                out.printf("      published: %s   outlet: %s   paragraphs: %d%s%n",
                        a.published() == null ? "-" : a.published() + " (from " + a.publishedFrom() + ")",
                        orDash(a.outlet()), a.paragraphs().size(),
                        a.agencies().isEmpty() ? "" : "   agencies: " + String.join("، ", a.agencies()));
                if (!a.tags().isEmpty()) {
                    out.printf("      tags: %s%n", String.join(" | ", a.tags()));
                }
            }
        }
        out.printf("%d pages, %d articles.%n", pages.size(), articles);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is the system's to clean
        }
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}

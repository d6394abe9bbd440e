package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.source.InputProblem;
import org.marsad.store.IngestListener;
import org.marsad.store.IngestProgress;
import org.marsad.store.IngestSummary;
import org.marsad.store.StoreWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad ingest PATH... [--data DIR]}: pages into the store, incremental and idempotent. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read pages (text, HTML, JSON / JSON Lines dumps of article records; files, directories, - for stdin),"
                + " extract and analyze their articles, and index them in the store; then rebuild stories and entities.",
                "Ingesting the same page twice changes nothing; a changed page replaces its articles. Interrupted,"
                        + " the store keeps its last commit and the same command finishes the rest.",
                "Progress on stderr; a summary at the end."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "pages to ingest")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: one per core)")
    Integer threads;

    @Option(names = "--quiet", description = "no progress line, only the summary and problems")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ProblemReport problems = new ProblemReport(err);
        Progress progress = new Progress(err, quiet, System.console() != null);
        IngestListener listener = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                progress.show(p);
            }

            @Override
            public void problem(InputProblem problem) {
                progress.clear();
                problems.accept(problem);
            }
        };
        Marsad marsad = new Marsad();
        IngestSummary summary;
        try (StoreWriter writer = threads == null ? StoreWriter.open(store.data, marsad)
                : StoreWriter.open(store.data, marsad, threads)) {
            summary = writer.ingest(paths, listener);
        }
        progress.clear();
        err.printf(Locale.ROOT, "ingested into %s: %d pages (%d new, %d replaced, %d unchanged), %d articles in %s"
                        + " (%.0f articles/s; of it %s rebuilding stories and entities); %d problems;"
                        + " the store now holds %d stories and %d entities%n",
                store.data, summary.pages(), summary.added(), summary.replaced(), summary.unchanged(), summary.articles(),
                seconds(summary.elapsed()), summary.articlesPerSecond(), seconds(summary.views()), summary.problems(),
                summary.stories(), summary.entities());
        err.flush();
        return problems.exitCode();
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /**
     * The progress line: redrawn in place on a terminal, else (a log, CI) a plain line every
     * {@link #LOG_EVERY_SECONDS} seconds.
     */
    private static final class Progress {
        private static final int LOG_EVERY_SECONDS = 10;
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean terminal;
        private boolean drawn;
        private long lastLogged;

        Progress(PrintWriter err, boolean quiet, boolean terminal) {
            this.err = err;
            this.quiet = quiet;
            this.terminal = terminal;
        }

        void show(IngestProgress p) {
            if (quiet) {
                return;
            }
            Duration eta = p.eta();
            String line = String.format(Locale.ROOT, "ingest: %d pages (%d unchanged), %d articles, %.0f articles/s%s%s",
                    p.pages(), p.unchanged(), p.articles(), p.articlesPerSecond(),
                    p.bytesTotal() > 0 ? String.format(Locale.ROOT, ", %d%%", Math.min(100, 100 * p.bytesRead() / p.bytesTotal())) : "",
                    eta == null ? "" : ", ETA " + seconds(eta));
            if (terminal) {
                err.print("\r" + line + "\u001b[K");
                drawn = true;
            } else if (p.elapsed().toSeconds() - lastLogged >= LOG_EVERY_SECONDS) {
                lastLogged = p.elapsed().toSeconds();
                err.println(line);
            }
            err.flush();
        }

        void clear() {
            if (drawn) {
                err.print("\r\u001b[K");
                err.flush();
                drawn = false;
            }
        }
    }
}

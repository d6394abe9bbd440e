package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.source.InputProblem;
import org.marsad.store.IngestListener;
import org.marsad.store.IngestProgress;
import org.marsad.store.IngestSummary;
import org.marsad.store.MarsadStore;
import org.marsad.store.SparkJobTables;
import org.marsad.store.StoreWriter;
import org.marsad.store.StoryView;
import org.marsad.story.ClusterScores;
import org.marsad.story.StoryArticle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest PATH... [--data DIR]}: pages into the store, incremental and idempotent;
 * {@code marsad ingest --parquet DIR}: the tables of a Spark job ({@link SparkJobTables}) into the store.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read pages (text, HTML, JSON / JSON Lines dumps of article records; files, directories, - for stdin),"
                + " extract and analyze their articles, and index them in the store; then rebuild stories and entities.",
                "Ingesting the same page twice changes nothing; a changed page replaces its articles. Interrupted,"
                        + " the store keeps its last commit and the same command finishes the rest.",
                "--parquet DIR loads the tables the Spark job wrote (its --out directory) instead: the articles as the job"
                        + " analyzed them; the store derives its own stories and reports their agreement with the job's.",
                "Progress on stderr; a summary at the end."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "pages to ingest")
    List<String> paths = List.of();

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "load the Parquet tables a Spark job wrote (marsad spark-local ... --out DIR) instead of pages")
    Path parquet;

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
        if ((parquet == null) == paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), parquet == null ? "give PATH... (pages) or --parquet DIR (a Spark job's tables)"
                    : "give either PATH... or --parquet DIR, not both");
        }
        SparkJobTables.Loaded tables = null;
        if (parquet != null) {
            try {
                tables = SparkJobTables.read(parquet);
            } catch (IOException e) {
                problems.accept(new InputProblem(parquet.toString(), e.getMessage()));
                return problems.exitCode();
            }
            tables.problems().forEach(problems);
            for (String table : tables.missingTables()) {
                err.printf(Locale.ROOT, "ingest: no '%s' table in %s: the articles are loaded without it%n", table, parquet);
            }
        }
        Marsad marsad = new Marsad();
        IngestSummary summary;
        try (StoreWriter writer = threads == null ? StoreWriter.open(store.data, marsad)
                : StoreWriter.open(store.data, marsad, threads)) {
            summary = tables == null ? writer.ingest(paths, listener) : writer.ingestAnalyzed(tables.pages(), listener);
        }
        progress.clear();
        err.printf(Locale.ROOT, "ingested into %s: %d pages (%d new, %d replaced, %d unchanged), %d articles in %s"
                        + " (%.0f articles/s; of it %s rebuilding stories and entities); %d problems;"
                        + " the store now holds %d stories and %d entities%n",
                store.data, summary.pages(), summary.added(), summary.replaced(), summary.unchanged(), summary.articles(),
                seconds(summary.elapsed()), summary.articlesPerSecond(), seconds(summary.views()), summary.problems(),
                summary.stories(), summary.entities());
        if (tables != null) {
            reportStoryAgreement(err, tables.jobStories());
        }
        err.flush();
        return problems.exitCode();
    }

    /**
     * The store's stories are derived views, rebuilt by its own clusterer over every stored article at
     * each ingest; the job's story column is scored against them (the job's stories as gold).
     */
    private void reportStoryAgreement(PrintWriter err, Map<String, String> jobStories) throws IOException {
        Map<String, String> stored = new HashMap<>();
        try (MarsadStore reader = MarsadStore.open(store.data)) {
            int count = (int) Math.min(Integer.MAX_VALUE - 1, reader.stats().stories());
            for (StoryView story : reader.stories(0, count)) {
                for (StoryArticle a : story.story().articles()) {
                    stored.put(a.id(), story.story().id());
                }
            }
        }
        ClusterScores scores = ClusterScores.of(jobStories, stored);
        err.printf(Locale.ROOT, "stories: derived again by the store's clusterer; against the job's story column over %d articles:"
                        + " B-cubed P %.3f R %.3f F1 %.3f, pairwise P %.3f R %.3f F1 %.3f%n",
                scores.n(), scores.precision(), scores.recall(), scores.f1(), scores.pairPrecision(), scores.pairRecall(),
                scores.pairF1());
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

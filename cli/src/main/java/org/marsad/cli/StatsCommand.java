package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.store.MarsadStore;
import org.marsad.store.StoreStats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad stats [--data DIR] [--json]}: what the store holds, and a soundness check. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"What the store holds: articles, stories, entities, the last commit, whether stories and entities"
                + " are up to date, and how many articles are held twice (0 in a sound store).",
                "Exit code 1 when an article is held twice."})
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "one JSON object")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (MarsadStore s = MarsadStore.open(store.existing(spec.commandLine()))) {
            StoreStats stats = s.stats();
            long duplicates = s.duplicateArticleIds();
            boolean fresh = s.viewsFresh();
            if (json) {
                out.println(new ObjectMapper().createObjectNode().put("articles", stats.articles())
                        .put("stories", stats.stories()).put("entities", stats.entities())
                        .put("last_commit", stats.lastCommit() == null ? null : stats.lastCommit().toString())
                        .put("views_fresh", fresh).put("duplicate_articles", duplicates).toString());
            } else {
                out.printf("%s: %d articles, %d stories, %d entities; last commit %s; stories and entities %s;"
                                + " %d articles held twice%n", store.data, stats.articles(), stats.stories(), stats.entities(),
                        stats.lastCommit() == null ? "none" : stats.lastCommit(),
                        fresh ? "up to date" : "not yet rebuilt (run the ingest again to finish it)", duplicates);
            }
            out.flush();
            return duplicates == 0 ? 0 : MarsadCli.EXIT_BAD_INPUT;
        }
    }
}

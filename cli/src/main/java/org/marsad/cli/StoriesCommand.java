package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.dedup.Duplicate;
import org.marsad.source.PageReader;
import org.marsad.story.Story;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryClusterer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad stories [PATH...] [--data DIR] [--json]}: the store's stories, or those of the given pages. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List the store's stories, latest first; with PATHs, group the articles of those pages into stories"
                + " instead (nothing is stored): the same event across outlets and days.",
                "--json: one object per story, {\"id\",\"title\",\"first\",\"last\",\"outlets\",\"articles\":[{\"id\",\"source\",\"position\"}]}."})
final class StoriesCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "pages to read instead of the store")
    List<String> paths = new ArrayList<>();

    @picocli.CommandLine.Mixin
    StoreOption store;

    @Option(names = "--limit", description = "stories to list from the store (default 100)")
    int limit = 100;

    @Option(names = "--json", description = "one JSON object per story")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty()) {
            try (org.marsad.store.MarsadStore s = org.marsad.store.MarsadStore.open(store.existing(spec.commandLine()))) {
                print(s.stories(0, Math.max(0, limit)).stream().map(org.marsad.store.StoryView::story).toList(),
                        spec.commandLine().getOut(), json);
            }
            return 0;
        }
        Marsad marsad = new Marsad();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        List<Article> articles = new ArrayList<>();
        new PageReader().read(paths, page -> articles.addAll(ExtractCommand.extractOrReport(marsad, page, problems)), problems);
        print(cluster(articles), spec.commandLine().getOut(), json);
        return problems.exitCode();
    }

    static List<Story> cluster(List<Article> articles) {
        Marsad marsad = new Marsad();
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.add(articles.parallelStream().map(a -> StoryArticle.of(marsad.analyze(a))).toList());
        return clusterer.stories();
    }

    static void print(List<Story> stories, PrintWriter out, boolean json) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Story s : stories) {
            if (json) {
                ObjectNode o = mapper.createObjectNode();
                o.put("id", s.id());
                o.put("title", s.title());
                o.put("first", s.first() == null ? null : s.first().toString());
                o.put("last", s.last() == null ? null : s.last().toString());
                ArrayNode outlets = o.putArray("outlets");
                s.outlets().forEach(outlets::add);
                ArrayNode arts = o.putArray("articles");
                for (StoryArticle a : s.articles()) {
                    arts.addObject().put("id", a.id()).put("source", a.source()).put("position", a.position());
                }
                ArrayNode terms = o.putArray("top_terms");
                s.topTerms().forEach(terms::add);
                ArrayNode summary = o.putArray("summary");
                s.summary().forEach(summary::add);
                ArrayNode dups = o.putArray("duplicates");
                for (Duplicate d : s.duplicates()) {
                    dups.addObject().put("id", d.id()).put("of", d.original()).put("exact", d.exact())
                            .put("similarity", d.similarity()).put("wire_copy", d.wireCopy());
                }
                out.println(mapper.writeValueAsString(o));
            } else {
                out.printf("story %s  %s%n", s.id(), s.title() == null ? "-" : s.title());
                out.printf("  dates:    %s%n", s.first() == null ? "-" : s.first().equals(s.last()) ? s.first() : s.first() + " .. " + s.last());
                out.printf("  outlets:  %s%n", s.outlets().isEmpty() ? "-" : String.join("، ", s.outlets()));
                out.printf("  terms:    %s%n", String.join(" ", s.topTerms()));
                for (StoryArticle a : s.articles()) {
                    out.printf("  article   %s  %s [%d]  %s%n", a.id(), a.source(), a.position(), a.title() == null ? "-" : a.title());
                }
                for (String sentence : s.summary()) {
                    out.printf("  summary:  %s%n", sentence);
                }
                out.println();
            }
        }
        out.flush();
    }
}

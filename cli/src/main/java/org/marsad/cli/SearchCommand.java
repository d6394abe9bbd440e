package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.MarsadStore;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SnippetPart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search QUERY [--data DIR] [--json]}: search the store. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the store: words (all must match; بوتن also finds وبوتين), \"phrases\", AND, OR, NOT, -word,"
                + " parentheses; filters by outlet, entity, story and dates.",
                "--json: one object per hit, {\"kind\",\"id\",\"title\",\"date\",\"outlet\",\"story\",\"score\",\"snippet\",\"matches\"}."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query (its words may be given as separate arguments)")
    List<String> query = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = "--type", description = "article (default), story or entity")
    String type;
    @Option(names = "--outlet", description = "only articles of this outlet (repeatable)")
    List<String> outlets = new ArrayList<>();
    @Option(names = "--entity", description = "only articles naming this entity id (repeatable: all of them)")
    List<String> entities = new ArrayList<>();
    @Option(names = "--story", description = "only articles of this story id")
    String story;
    @Option(names = "--from", description = "published on or after this day (YYYY-MM-DD)")
    LocalDate from;
    @Option(names = "--to", description = "published on or before this day (YYYY-MM-DD)")
    LocalDate to;
    @Option(names = "--sort", description = "relevance (default) or date")
    String sort = "relevance";
    @Option(names = "--limit", description = "hits to show (default 10, at most " + SearchRequest.MAX_LIMIT + ")")
    int limit = 10;
    @Option(names = "--offset", description = "hits to skip")
    int offset;
    @Option(names = "--json", description = "one JSON object per hit")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request;
        try {
            request = new SearchRequest(String.join(" ", query), type, outlets, entities, story, from, to,
                    SearchRequest.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT)), offset, limit);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "bad --sort, --limit or --offset: " + e.getMessage() + " (--sort relevance|date)");
        }
        SearchResult result;
        try (MarsadStore s = MarsadStore.open(store.existing(spec.commandLine()))) {
            result = s.search(request);
        } catch (QuerySyntaxException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ObjectMapper mapper = new ObjectMapper();
        if (!json) {
            out.printf("%d %s hits%n%n", result.total(), request.type());
        }
        for (Hit h : result.hits()) {
            if (json) {
                ObjectNode o = mapper.createObjectNode().put("kind", h.kind()).put("id", h.id()).put("title", h.title())
                        .put("date", h.date() == null ? null : h.date().toString()).put("outlet", h.outlet())
                        .put("story", h.story()).put("score", h.score());
                o.put("snippet", String.join("", h.snippet().stream().map(SnippetPart::text).toList()));
                ArrayNode matches = o.putArray("matches");
                h.snippet().stream().filter(SnippetPart::match).forEach(p -> matches.add(p.text()));
                out.println(mapper.writeValueAsString(o));
            } else {
                out.printf("%s  %s%n", h.id(), h.title() == null ? "-" : h.title());
                out.printf("  %s%s%s%n", h.date() == null ? "" : h.date(), h.outlet() == null ? "" : "  " + h.outlet(),
                        h.story() == null ? "" : "  story " + h.story());
                StringBuilder snippet = new StringBuilder();
                for (SnippetPart p : h.snippet()) {
                    snippet.append(p.match() ? "«" + p.text() + "»" : p.text());
                }
                out.printf("  %s%n%n", snippet.toString().replace('\n', ' '));
            }
        }
        if (!json) {
            for (var facet : result.facets().entrySet()) {
                if (!facet.getValue().isEmpty()) {
                    out.printf("%s: %s%n", facet.getKey(), String.join("، ", facet.getValue().stream()
                            .map(SearchCommand::facet).toList()));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String facet(FacetValue v) {
        return v.label() + " (" + v.count() + ")";
    }
}

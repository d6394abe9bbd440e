package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.article.Article;
import org.marsad.extract.CharacterReferences;
import org.marsad.meta.PublicationDateParser;

/**
 * The articles of a gold-labelled JSON Lines file, one {@code {"id","story","title","text",
 * "published","outlet"}} object a line, in file order.
 *
 * <p>A file written by someone else's tooling has faults: a line cut short, an article without
 * a label, an id given twice, a date written {@code 22/07/2015}. Each fault costs its own line
 * only: a line that cannot be scored is skipped and a date that cannot be read leaves the article
 * undated, and every fault is kept as {@code file:line: reason} for the caller to print. Ids and
 * labels may be JSON strings or numbers.
 *
 * @param articles the articles that can be scored, in file order
 * @param story    each article's gold label, by id, in file order
 * @param problems what was wrong, one {@code file:line: reason} each, in file order
 * @param skipped  how many lines were skipped (the other problems are dates read as undated)
 */
record GoldArticles(List<Article> articles, Map<String, String> story, List<String> problems, int skipped) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    GoldArticles {
        articles = List.copyOf(articles);
        story = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(story)); // file order, as the scores sum it
        problems = List.copyOf(problems);
    }

    /** Reads {@code input}; throws only when the file itself cannot be read. */
    static GoldArticles read(Path input) throws IOException {
        // decoded leniently: a bad byte becomes U+FFFD in its own article instead of failing the file
        String content = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        PublicationDateParser dates = new PublicationDateParser();
        List<Article> articles = new ArrayList<>();
        Map<String, String> story = new LinkedHashMap<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int skipped = 0;
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = i == 0 && !lines[0].isEmpty() && lines[0].charAt(0) == BYTE_ORDER_MARK ? lines[0].substring(1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = input + ":" + lineNo + ": ";
            JsonNode n;
            try {
                n = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(where + "not a JSON object (" + e.getOriginalMessage() + "); skipped");
                skipped++;
                continue;
            }
            if (!n.isObject()) {
                problems.add(where + "not a JSON object; skipped");
                skipped++;
                continue;
            }
            String id = scalar(n.get("id"));
            String label = scalar(n.get("story"));
            if (id == null || label == null) {
                problems.add(where + "an article needs \"id\" and \"story\" (a string or a number); skipped");
                skipped++;
                continue;
            }
            Integer first = lineOfId.putIfAbsent(id, lineNo);
            if (first != null) {
                problems.add(where + "id \"" + id + "\" was given on line " + first + " already; skipped");
                skipped++;
                continue;
            }
            String published = scalar(n.get("published"));
            LocalDate date = null;
            if (published != null && !published.isBlank()) {
                date = dates.parseField(published.strip()).orElse(null);
                if (date == null) {
                    problems.add(where + "\"published\" " + published + " is not a date (YYYY-MM-DD); read as undated");
                }
            }
            // as ingest reads record dumps: scraped fields may keep the page's character references (&quot;)
            String title = CharacterReferences.decode(scalar(n.get("title")));
            String text = CharacterReferences.decode(scalar(n.get("text")));
            articles.add(new Article(id, input.toString(), lineNo, Article.Role.MAIN, title, date,
                    date == null ? null : "page", scalar(n.get("outlet")), null, null, List.of(), List.of(),
                    List.of((text == null ? "" : text).split("\r?\n", -1)), List.of(), List.of(), "ar", List.of()));
            story.put(id, label);
        }
        return new GoldArticles(articles, story, problems, skipped);
    }

    /** A string or number field as text; null when absent, null, or an array or object. */
    private static String scalar(JsonNode n) {
        return n == null || !n.isValueNode() || n.isNull() ? null : n.asText();
    }
}

package org.marsad.extract.record;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.article.Article;
import org.marsad.extract.ArticleIds;
import org.marsad.meta.PublicationDateParser;
import org.marsad.normalize.ArabicNormalizer;
import org.marsad.source.InputProblem;
import org.marsad.source.RawPage;

/**
 * Articles from a dump of scraped article records, as datasets ship them: a JSON array of objects,
 * JSON Lines, or one object. Each record is already one article (title, text, date, url, outlet,
 * author), so nothing is classified; fields are found under the names such dumps use
 * ({@link RecordFields}). A record without text and title, or that is not an object, is reported and
 * skipped; the other records of the dump are kept.
 *
 * <p>An article's source is its URL when the record has one (the id then follows the URL whatever
 * dump it comes in), else {@code dump#n} with n the record's 0-based index in the dump.
 */
public final class RecordDumpExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublicationDateParser dates = new PublicationDateParser();
    private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

    /** The articles of a dump, in record order; bad records go to {@code problems}. */
    public List<Article> extract(RawPage dump, Consumer<InputProblem> problems) {
        List<Article> articles = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(dump.text())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.accept(new InputProblem(dump.source(), "empty record dump"));
                return articles;
            }
            boolean array = first == JsonToken.START_ARRAY;
            if (array) {
                parser.nextToken();
            }
            int index = 0;
            while (parser.currentToken() != null && parser.currentToken() != JsonToken.END_ARRAY) {
                JsonNode node = JSON.readTree(parser);
                record(dump.source(), index++, node, problems).ifPresent(articles::add);
                parser.nextToken();
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(dump.source(),
                    "not a JSON array, JSON Lines or JSON object of article records after " + articles.size()
                            + " records: " + reason(e)));
        }
        return articles;
    }

    /** Jackson's message without the location dump it appends (the source is already named). */
    private static String reason(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private Optional<Article> record(String dumpSource, int index, JsonNode node, Consumer<InputProblem> problems) {
        String where = dumpSource + "#" + index;
        if (!node.isObject()) {
            problems.accept(new InputProblem(where, "record is not a JSON object"));
            return Optional.empty();
        }
        String title = RecordFields.TITLE.text(node);
        String text = RecordFields.TEXT.text(node);
        if (title == null && text == null) {
            problems.accept(new InputProblem(where, "record has neither a title nor a text (looked for "
                    + RecordFields.TITLE.names() + " and " + RecordFields.TEXT.names() + ")"));
            return Optional.empty();
        }
        String url = RecordFields.URL.text(node);
        String source = url != null ? url : where;
        String dateField = RecordFields.DATE.text(node);
        LocalDate published = dateField == null ? null : dates.parseField(dateField).orElse(null);
        List<String> paragraphs = paragraphs(text);
        return Optional.of(new Article(ArticleIds.of(source, 0), source, 0, Article.Role.MAIN,
                title == null ? null : normalizer.collapseWhitespace(title), published,
                published == null ? null : "page", RecordFields.OUTLET.text(node), RecordFields.SECTION.text(node),
                RecordFields.AUTHOR.text(node), List.of(), RecordFields.TAGS.list(node), paragraphs, List.of(),
                List.of(), "ar", List.of()));
    }

    /** Non-blank lines of the text, each with its whitespace collapsed; the text itself is kept as written. */
    private List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String p = normalizer.collapseWhitespace(line);
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}

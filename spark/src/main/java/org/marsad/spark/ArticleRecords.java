package org.marsad.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.marsad.article.Article;
import org.marsad.extract.ArticleIds;

/**
 * An article record of a scraped dataset ({@code {source, url, date_extracted, title, author,
 * content}}, as SaudiNewsNet ships them; {@code text} and {@code date} / {@code published} are read
 * too) as an article: the record is already clean, so there is nothing to extract.
 * <ul>
 *   <li>source = the url, or {@code dump#index} without one; id = {@link ArticleIds} of it, position 0;</li>
 *   <li>published = the day of the record's date (the crawl day when the dump has no publication date);</li>
 *   <li>outlet = {@code source}, byline = {@code author}, paragraphs = the non-blank lines of the content.</li>
 * </ul>
 */
final class ArticleRecords {

    /** Set on an article whose date came with its record rather than from a page. */
    static final String FROM_RECORD = "page";

    private ArticleRecords() {
    }

    /** A record that cannot be an article; the message says why. */
    static final class BadRecordException extends IllegalArgumentException {
        BadRecordException(String reason) {
            super(reason);
        }
    }

    /** @throws BadRecordException naming the field when the record has no text */
    static Article article(JsonNode record, String dump, int index) {
        String url = text(record, "url");
        String source = url != null ? url : dump + "#" + index;
        String content = text(record, "content");
        if (content == null) {
            content = text(record, "text");
        }
        if (content == null) {
            throw new BadRecordException("record has no text (\"content\" or \"text\" missing or blank)");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        LocalDate published = day(record);
        return new Article(ArticleIds.of(source, 0), source, 0, Article.Role.MAIN, text(record, "title"), published,
                published == null ? null : FROM_RECORD, text(record, "source"), null, text(record, "author"),
                List.of(), List.of(), paragraphs, List.of(), List.of(), "ar", List.of());
    }

    private static LocalDate day(JsonNode record) {
        for (String field : new String[] {"published", "date", "date_extracted"}) {
            String value = text(record, field);
            if (value != null && value.length() >= 10) {
                try {
                    return LocalDate.parse(value.substring(0, 10));
                } catch (DateTimeParseException notIso) {
                    // try the next field
                }
            }
        }
        return null;
    }

    private static String text(JsonNode record, String field) {
        JsonNode n = record.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}

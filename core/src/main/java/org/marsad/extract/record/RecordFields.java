package org.marsad.extract.record;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.marsad.extract.CharacterReferences;

/**
 * The fields of an article record and the names dumps give them, most specific first. SaudiNewsNet
 * uses title / content / date_extracted / url / source / author; other scraped sets use text, body,
 * published, datePublished, link, outlet, site, byline, keywords.
 *
 * <p>The fields of prose (all but the date and the URL) are read with their character references
 * decoded ({@link CharacterReferences}): scrapers often keep the page's {@code &quot;} in them. A
 * URL is left as written, since it names the article.
 */
enum RecordFields {
    TITLE(true, "title", "headline"),
    TEXT(true, "content", "text", "body", "article", "articleBody"),
    /** A crawl time ({@code date_extracted}) is the last resort: the publication day is usually the same. */
    DATE(false, "published", "date_published", "datePublished", "publication_date", "pubDate", "date", "date_extracted"),
    URL(false, "url", "link", "source_url", "canonical_url"),
    OUTLET(true, "outlet", "source", "site", "publisher", "domain"),
    SECTION(true, "section", "category"),
    AUTHOR(true, "author", "byline", "authors"),
    TAGS(true, "tags", "keywords");

    private final boolean prose;
    private final List<String> names;

    RecordFields(boolean prose, String... names) {
        this.prose = prose;
        this.names = List.of(names);
    }

    List<String> names() {
        return names;
    }

    /** The first non-blank text value under one of the names; arrays of texts are joined by a comma. */
    String text(JsonNode record) {
        for (String name : names) {
            JsonNode v = record.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            String s = v.isArray() ? String.join("، ", strings(v)) : v.isValueNode() ? v.asText() : null;
            if (s != null && !s.isBlank()) {
                return decoded(s.strip());
            }
        }
        return null;
    }

    /** The values under the first name present: an array of texts, or one text split on commas. */
    List<String> list(JsonNode record) {
        for (String name : names) {
            JsonNode v = record.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            List<String> out = v.isArray() ? strings(v) : new ArrayList<>();
            if (v.isTextual()) {
                for (String part : v.asText().split("[,،]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
            out.replaceAll(this::decoded);
            return out;
        }
        return List.of();
    }

    private String decoded(String value) {
        return prose ? CharacterReferences.decode(value) : value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array) {
            if (e.isValueNode() && !e.asText().isBlank()) {
                out.add(e.asText().strip());
            }
        }
        return out;
    }
}

package org.marsad.extract.record;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of an article record and the names dumps give them, most specific first. SaudiNewsNet
 * uses title / content / date_extracted / url / source / author; other scraped sets use text, body,
 * published, datePublished, link, outlet, site, byline, keywords.
 */
enum RecordFields {
    TITLE("title", "headline"),
    TEXT("content", "text", "body", "article", "articleBody"),
    /** A crawl time ({@code date_extracted}) is the last resort: the publication day is usually the same. */
    DATE("published", "date_published", "datePublished", "publication_date", "pubDate", "date", "date_extracted"),
    URL("url", "link", "source_url", "canonical_url"),
    OUTLET("outlet", "source", "site", "publisher", "domain"),
    SECTION("section", "category"),
    AUTHOR("author", "byline", "authors"),
    TAGS("tags", "keywords");

    private final List<String> names;

    RecordFields(String... names) {
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
                return s.strip();
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
            return out;
        }
        return List.of();
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

package org.marsad.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.marsad.entity.EntityType;
import org.marsad.store.SearchRequest;

/**
 * The query parameters of one request, read with checks: every bad value is a
 * {@link BadParameterException} naming the parameter and saying what it accepts.
 */
public final class Parameters {

    /** Deep paging gets slow and no reader pages this far; a crawler is told so. */
    public static final int MAX_OFFSET = 10_000;
    /** The longest query accepted, in chars. */
    public static final int MAX_QUERY_CHARS = 1_000;
    /** How many values one repeatable filter may have. */
    public static final int MAX_VALUES = 20;

    private static final Set<String> HIT_KINDS = Set.of("article", "story", "entity");

    private final Map<String, List<String>> values;

    public Parameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The single value of {@code name}, or null; blank counts as absent. */
    public String text(String name) {
        List<String> all = values.get(name);
        if (all == null || all.isEmpty()) {
            return null;
        }
        if (all.size() > 1) {
            throw new BadParameterException(name, "given " + all.size() + " times, expected once");
        }
        String v = all.get(0).strip();
        return v.isEmpty() ? null : v;
    }

    /** Every non-blank value of a repeatable parameter, in order. */
    public List<String> all(String name) {
        List<String> all = values.getOrDefault(name, List.of()).stream()
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (all.size() > MAX_VALUES) {
            throw new BadParameterException(name, "at most " + MAX_VALUES + " values, got " + all.size());
        }
        return all;
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = text(name);
        if (v == null) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "not a whole number: '" + v + "'");
        }
        if (n < min || n > max) {
            throw new BadParameterException(name, "must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    /** A day written {@code YYYY-MM-DD}, or null. */
    public LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw new BadParameterException(name, "not a date YYYY-MM-DD: '" + v + "'");
        }
    }

    public int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    public int limit(int defaultValue) {
        return integer("limit", defaultValue, 0, SearchRequest.MAX_LIMIT);
    }

    /** An entity type PER, LOC or ORG (any case), or null for all. */
    public EntityType entityType() {
        String v = text("type");
        if (v == null) {
            return null;
        }
        EntityType type = EntityType.parse(v);
        if (type == null) {
            throw new BadParameterException("type", "expected PER, LOC or ORG, got '" + v + "'");
        }
        return type;
    }

    /** A search as the query parameters of {@code /api/search} and {@code /search} give it. */
    public SearchRequest searchRequest(int defaultLimit) {
        String query = text("q");
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            throw new BadParameterException("q", "longer than " + MAX_QUERY_CHARS + " characters");
        }
        String type = text("type");
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            if (!HIT_KINDS.contains(type)) {
                throw new BadParameterException("type", "expected article, story or entity, got '" + type + "'");
            }
        }
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadParameterException("to", "is before 'from' (" + to + " < " + from + ")");
        }
        return new SearchRequest(query, type, all("outlet"), all("entity"), text("story"), from, to, sort(),
                offset(), limit(defaultLimit));
    }

    private SearchRequest.Sort sort() {
        String v = text("sort");
        if (v == null) {
            return SearchRequest.Sort.RELEVANCE;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new BadParameterException("sort", "expected relevance or date, got '" + v + "'");
        };
    }
}

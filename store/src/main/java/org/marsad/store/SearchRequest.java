package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search: a query in the store's syntax plus filters.
 *
 * <p>Query syntax: words (all must match, each through the Arabic analysis chain so that بوتن
 * finds وبوتين), {@code "quoted phrases"}, {@code OR}, {@code AND}, {@code NOT} or a leading
 * {@code -}, and parentheses. An empty query matches everything (browse with filters).
 *
 * @param query    the query text, may be empty
 * @param type     which kind of hit to return: {@code article} (default when null), {@code story}, {@code entity}
 * @param outlets  keep articles from any of these outlets (empty: all)
 * @param entities keep articles naming every one of these entity ids (empty: all)
 * @param story    keep articles of this story id, or null
 * @param from     keep articles published on or after this day, or null
 * @param to       keep articles published on or before this day, or null
 * @param sort     relevance or date (newest first)
 * @param offset   hits to skip
 * @param limit    hits to return, at most {@link #MAX_LIMIT}
 */
public record SearchRequest(String query, String type, List<String> outlets, List<String> entities, String story,
                            LocalDate from, LocalDate to, Sort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        type = type == null ? "article" : type;
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
        sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be >= 0 and limit in 0.." + MAX_LIMIT);
        }
    }

    /** The first ten articles matching a query, by relevance, without filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, List.of(), List.of(), null, null, null, Sort.RELEVANCE, 0, 10);
    }
}

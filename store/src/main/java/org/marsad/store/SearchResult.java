package org.marsad.store;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param total  how many hits of the requested type match
 * @param hits   the requested page of hits
 * @param facets counts over all matching articles by facet name ({@code type}, {@code outlet},
 *               {@code entity}, {@code month}), each most frequent first; {@code type} counts the
 *               hits of each kind
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}

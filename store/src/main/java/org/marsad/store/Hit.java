package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One search hit: an article, a story or an entity.
 *
 * @param kind    {@code article}, {@code story} or {@code entity}
 * @param id      its id
 * @param title   headline (article, story) or display name (entity); may be null for an untitled article
 * @param date    publication date (article), last date (story), null for an entity
 * @param outlet  the article's outlet, null otherwise
 * @param story   the article's story id, null otherwise
 * @param snippet the best passage of the original text, cut into plain parts and matched parts
 * @param score   relevance score
 */
public record Hit(String kind, String id, String title, LocalDate date, String outlet, String story,
                  List<SnippetPart> snippet, float score) {

    public Hit {
        snippet = List.copyOf(snippet);
    }
}

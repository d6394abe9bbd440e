package org.marsad.store;

import org.marsad.analyze.AnalyzedArticle;

/**
 * An article as the store holds it.
 *
 * @param analyzed the article with its entities, times and events; blocks included
 * @param story    the id of its story, or null before stories are built
 * @param pageHash hash of the page text it was extracted from; a changed page replaces its articles
 */
public record StoredArticle(AnalyzedArticle analyzed, String story, String pageHash) {
}

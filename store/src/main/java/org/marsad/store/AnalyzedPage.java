package org.marsad.store;

import java.util.List;
import java.util.Objects;

import org.marsad.analyze.AnalyzedArticle;

/**
 * A page's articles, analyzed elsewhere, as the store takes them.
 *
 * @param source   the page (its articles' source): the unit replaced when it changes
 * @param hash     what tells a changed page from the one the store holds
 * @param articles its articles, by position
 */
public record AnalyzedPage(String source, String hash, List<AnalyzedArticle> articles) {

    public AnalyzedPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hash, "hash");
        articles = List.copyOf(articles);
    }
}

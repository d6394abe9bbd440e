package org.marsad.store;

import java.util.List;

/**
 * An article like another one but outside its story, and why.
 *
 * @param article       the related article as lists show it
 * @param score         the similarity score (higher is closer; comparable only within one list)
 * @param sharedEntities display names of the entities both articles name, most telling first
 * @param sharedWords    words of the first article, as written there, that the related one has too
 */
public record RelatedArticle(ArticleRef article, double score, List<String> sharedEntities, List<String> sharedWords) {

    public RelatedArticle {
        sharedEntities = List.copyOf(sharedEntities);
        sharedWords = List.copyOf(sharedWords);
    }
}

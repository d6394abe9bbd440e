package org.marsad.analyze;

import java.util.List;

import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;

/**
 * An article with what analysis found in its text. Offsets of everything found refer to
 * {@link Article#text()}, the paragraphs joined by a newline. Later stages (times, events) add
 * their own components.
 *
 * @param article  the article as extracted
 * @param entities the entities it names, in order of first mention, each with its mentions
 */
public record AnalyzedArticle(Article article, List<ArticleEntity> entities) {

    public AnalyzedArticle {
        entities = List.copyOf(entities);
    }
}

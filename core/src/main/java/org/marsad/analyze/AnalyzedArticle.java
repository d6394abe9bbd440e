package org.marsad.analyze;

import java.util.List;

import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.event.EventFrame;
import org.marsad.time.TimeExpression;

/**
 * An article with what analysis found in its text. Offsets of everything found refer to
 * {@link Article#text()}, the paragraphs joined by a newline.
 *
 * @param article  the article as extracted
 * @param entities the entities it names, in order of first mention, each with its mentions
 * @param times    its temporal expressions, in text order, resolved against the publication date
 * @param events   the events its sentences tell, in text order
 */
public record AnalyzedArticle(Article article, List<ArticleEntity> entities, List<TimeExpression> times,
                              List<EventFrame> events) {

    public AnalyzedArticle {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        events = List.copyOf(events);
    }

    /** An article analyzed without the event stage. */
    public AnalyzedArticle(Article article, List<ArticleEntity> entities, List<TimeExpression> times) {
        this(article, entities, times, List.of());
    }
}

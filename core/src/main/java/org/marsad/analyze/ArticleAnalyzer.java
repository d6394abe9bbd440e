package org.marsad.analyze;

import java.util.Objects;

import org.marsad.article.Article;
import org.marsad.entity.EntityRecognizer;
import org.marsad.time.TemporalTagger;

/**
 * The analysis stages composed in one place: an article in, the article with its entities and
 * times out. Stages to come (events) are added here. Thread-safe.
 */
public final class ArticleAnalyzer {

    private final EntityRecognizer entities;
    private final TemporalTagger times;

    public ArticleAnalyzer() {
        this(new EntityRecognizer(), TemporalTagger.standard());
    }

    public ArticleAnalyzer(EntityRecognizer entities, TemporalTagger times) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.times = Objects.requireNonNull(times, "times");
    }

    /**
     * Entities, and times resolved against the publication date; an article without a date keeps
     * relative expressions unresolved rather than anchoring them on the wall clock.
     */
    public AnalyzedArticle analyze(Article article) {
        return new AnalyzedArticle(article,
                EntityRecognizer.group(entities.recognize(article)),
                times.tag(article.text(), article.published()));
    }
}

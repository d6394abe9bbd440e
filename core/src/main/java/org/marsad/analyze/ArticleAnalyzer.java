package org.marsad.analyze;

import java.util.Objects;

import org.marsad.article.Article;
import org.marsad.entity.EntityRecognizer;

/**
 * The analysis stages composed in one place: an article in, the article with its entities out.
 * Stages to come (times, events) are added here. Thread-safe.
 */
public final class ArticleAnalyzer {

    private final EntityRecognizer entities;

    public ArticleAnalyzer() {
        this(new EntityRecognizer());
    }

    public ArticleAnalyzer(EntityRecognizer entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    public AnalyzedArticle analyze(Article article) {
        return new AnalyzedArticle(article, EntityRecognizer.group(entities.recognize(article)));
    }
}

package org.marsad.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityRecognizer;
import org.marsad.event.EventExtractor;
import org.marsad.time.TemporalTagger;
import org.marsad.time.TextDateAnchor;
import org.marsad.time.TimeExpression;

/**
 * The analysis stages composed in one place: an article in, the article with its entities, times
 * and events out. Thread-safe.
 * <ol>
 *   <li>entities ({@link EntityRecognizer});</li>
 *   <li>times ({@link TemporalTagger}) resolved against the publication date; an article without
 *       one is tagged without an anchor first, and when its text states the day it speaks from
 *       ({@link TextDateAnchor}: اليوم الاثنين 17 يونيو 2024) that day becomes its publication
 *       date, {@code published_from} "text", and the times are resolved against it;</li>
 *   <li>events ({@link EventExtractor}) from the text, the entities and the times.</li>
 * </ol>
 */
public final class ArticleAnalyzer {

    /** {@link Article#publishedFrom()} of a date anchored on the article's own text. */
    public static final String PUBLISHED_FROM_TEXT = "text";

    private final EntityRecognizer entities;
    private final TemporalTagger times;
    private final TextDateAnchor anchor;
    private final EventExtractor events;

    public ArticleAnalyzer() {
        this(new EntityRecognizer(), TemporalTagger.standard());
    }

    public ArticleAnalyzer(EntityRecognizer entities, TemporalTagger times) {
        this(entities, times, TextDateAnchor.standard(), new EventExtractor());
    }

    public ArticleAnalyzer(EntityRecognizer entities, TemporalTagger times, TextDateAnchor anchor, EventExtractor events) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.times = Objects.requireNonNull(times, "times");
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Entities, times resolved against the publication date (or the date the text states, never
     * the wall clock), and events.
     */
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<TimeExpression> found = times.tag(text, article.published());
        if (article.published() == null) {
            LocalDate stated = anchor.anchor(text, found);
            if (stated != null) {
                article = withPublished(article, stated);
                found = times.tag(text, stated);
            }
        }
        List<ArticleEntity> named = EntityRecognizer.group(entities.recognize(text));
        return new AnalyzedArticle(article, named, found, events.extract(text, named, found, article.published()));
    }

    private static Article withPublished(Article a, LocalDate published) {
        return new Article(a.id(), a.source(), a.position(), a.role(), a.title(), published, PUBLISHED_FROM_TEXT,
                a.outlet(), a.section(), a.byline(), a.agencies(), a.tags(), a.paragraphs(), a.captions(), a.related(),
                a.language(), a.blocks());
    }
}

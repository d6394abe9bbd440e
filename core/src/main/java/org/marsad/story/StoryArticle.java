package org.marsad.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;

/**
 * What story clustering reads of an article.
 *
 * @param id        the article's stable id
 * @param source    the path or URL it came from
 * @param position  its position on the page (0 for the main article)
 * @param title     headline, or null
 * @param text      body text
 * @param published publication date, or null when unknown
 * @param outlet    the outlet, or null
 * @param entities  canonical entity ids mentioned, empty until the entity stage feeds them in;
 *                  the clusterer already scores their overlap ({@link StoryParameters#entityWeight()})
 * @param leadEvents the events the article leads with ({@link LeadEvent#of}), empty when it was not
 *                   analyzed or its lead tells none
 */
public record StoryArticle(String id, String source, int position, String title, String text,
                           LocalDate published, String outlet, List<String> entities, List<LeadEvent> leadEvents) {

    public StoryArticle {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        entities = List.copyOf(entities);
        leadEvents = List.copyOf(leadEvents);
    }

    /** An article without entities or lead events. */
    public StoryArticle(String id, String source, int position, String title, String text,
                        LocalDate published, String outlet) {
        this(id, source, position, title, text, published, outlet, List.of(), List.of());
    }

    /** The parts of an extracted article that clustering reads, before analysis. */
    public static StoryArticle of(Article a) {
        return new StoryArticle(a.id(), a.source(), a.position(), a.title(), a.text(), a.published(), a.outlet());
    }

    /**
     * The parts of an analyzed article that clustering reads: with its lead events. Entity ids are
     * left out: as a bag, the entities of an article tie together stories that merely share the
     * same actors (pairwise F1 0.914 to 0.650 on the labelled SaudiNewsNet set); the lead event
     * keeps who did what where.
     */
    public static StoryArticle of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        return new StoryArticle(a.id(), a.source(), a.position(), a.title(), a.text(), a.published(), a.outlet(),
                List.of(), LeadEvent.of(analyzed));
    }
}

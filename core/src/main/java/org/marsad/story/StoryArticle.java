package org.marsad.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
 */
public record StoryArticle(String id, String source, int position, String title, String text,
                           LocalDate published, String outlet, List<String> entities) {

    public StoryArticle {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        entities = List.copyOf(entities);
    }

    /** An article without entities. */
    public StoryArticle(String id, String source, int position, String title, String text,
                        LocalDate published, String outlet) {
        this(id, source, position, title, text, published, outlet, List.of());
    }

    /** The parts of an extracted article that clustering reads. */
    public static StoryArticle of(Article a) {
        return new StoryArticle(a.id(), a.source(), a.position(), a.title(), a.text(), a.published(), a.outlet());
    }
}

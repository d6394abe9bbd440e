package org.marsad.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.article.Article;

/**
 * Date propagation: an article without a date takes the first date of its story's span, with
 * {@code published_from = "story"}. Dated articles, and articles whose story has no date, are
 * returned as they are.
 */
public final class StoryDates {

    public static final String FROM_STORY = "story";

    private StoryDates() {
    }

    /** {@code articles} in the same order, undated ones dated from the story they are in. */
    public static List<Article> propagate(List<Article> articles, List<Story> stories) {
        Map<String, Story> storyOf = new HashMap<>();
        for (Story s : stories) {
            for (StoryArticle a : s.articles()) {
                storyOf.put(a.id(), s);
            }
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Story s = storyOf.get(a.id());
            if (a.published() != null || s == null || s.first() == null) {
                out.add(a);
            } else {
                out.add(new Article(a.id(), a.source(), a.position(), a.role(), a.title(), s.first(), FROM_STORY,
                        a.outlet(), a.section(), a.byline(), a.agencies(), a.tags(), a.paragraphs(), a.captions(),
                        a.related(), a.language(), a.blocks()));
            }
        }
        return out;
    }
}

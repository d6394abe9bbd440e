package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.RawPage;
import org.marsad.story.Story;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryDates;

/**
 * Stories of the five bundled sample pages: 002 and 004 announce Kim's September 2023 visit, 000
 * and 001 tell Putin's June 2024 visit, 003 is Choe Son Hui at the Kremlin, and 000, 003 and 004
 * each carry one appended article on another subject.
 */
class SampleStoriesTest {

    private static final List<Article> ARTICLES = new ArrayList<>();
    private static final List<Story> STORIES;
    /** "002/0" (page number / position) to the article's story id. */
    private static final Map<String, String> STORY = new HashMap<>();
    private static final Map<String, Article> DATED = new HashMap<>();

    static {
        Marsad marsad = new Marsad();
        for (RawPage page : DemoPages.load()) {
            ARTICLES.addAll(marsad.extract(page));
        }
        STORIES = StoriesCommand.cluster(ARTICLES);
        for (Story s : STORIES) {
            for (StoryArticle a : s.articles()) {
                STORY.put(key(a.source(), a.position()), s.id());
            }
        }
        for (Article a : StoryDates.propagate(ARTICLES, STORIES)) {
            DATED.put(key(a.source(), a.position()), a);
        }
    }

    private static String key(String source, int position) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        return name.substring(0, 3) + "/" + position;
    }

    @Test
    void theTwoPagesOnKimsVisitAnnouncementAreOneStory() {
        assertEquals(STORY.get("004/0"), STORY.get("002/0"));
    }

    @Test
    void theTwoPagesOnPutinsVisitAreOneStory() {
        assertEquals(STORY.get("000/0"), STORY.get("001/0"));
        assertEquals(2, STORY.values().stream().filter(STORY.get("000/0")::equals).count());
    }

    @Test
    void theTwoVisitsAreDifferentStories() {
        assertNotEquals(STORY.get("000/0"), STORY.get("004/0"));
    }

    @Test
    void everyAppendedArticleStandsInAStoryOfItsOwn() {
        for (String appended : List.of("000/1", "003/1", "004/1")) {
            String id = STORY.get(appended);
            assertEquals(1, STORY.values().stream().filter(id::equals).count(), appended);
        }
    }

    @Test
    void anUndatedPageTakesItsStorysDate() {
        Article page002 = DATED.get("002/0");
        assertEquals(LocalDate.of(2023, 9, 11), page002.published());
        assertEquals("story", page002.publishedFrom());
    }

    @Test
    void theUndatedPageOnPutinsVisitTakesTheDateOfTheDatedOne() {
        Article page001 = DATED.get("001/0");
        assertEquals(LocalDate.of(2024, 6, 10), page001.published());
        assertEquals("story", page001.publishedFrom());
    }

    @Test
    void anUndatedPageAloneInItsStoryStaysUndated() {
        assertNull(DATED.get("003/0").published());
    }

    @Test
    void aDatedPageKeepsItsOwnDate() {
        assertEquals(LocalDate.of(2023, 9, 11), DATED.get("004/0").published());
        assertNotEquals("story", DATED.get("004/0").publishedFrom());
    }
}

package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoryPairRuleTest {

    private static final StoryArticle VISIT = new StoryArticle("a", "a.txt", 0, "وزير الخارجية يزور طوكيو لبحث التعاون التجاري",
            "وصل وزير الخارجية إلى طوكيو في زيارة رسمية تستمر ثلاثة أيام يبحث خلالها التعاون التجاري مع المسؤولين اليابانيين.",
            LocalDate.of(2024, 3, 4), "صحيفة أ");
    private static final StoryArticle RETOLD = new StoryArticle("b", "b.txt", 0, "زيارة رسمية لوزير الخارجية إلى طوكيو",
            "بدأ وزير الخارجية زيارة رسمية إلى طوكيو لبحث التعاون التجاري، ويلتقي خلالها عددا من المسؤولين اليابانيين.",
            LocalDate.of(2024, 3, 5), "صحيفة ب");
    private static final StoryArticle OTHER = new StoryArticle("c", "c.txt", 0, "افتتاح معرض الكتاب في الرباط",
            "افتتح معرض الكتاب الدولي أبوابه في الرباط بمشاركة مئات دور النشر من العالم العربي.",
            LocalDate.of(2024, 3, 5), "صحيفة ج");

    private static StoryPairRule ruleOver(List<StoryArticle> corpus) {
        return ruleOver(StoryParameters.standard(), corpus);
    }

    /** A rule with {@code parameters} whose document frequencies are counted over {@code corpus}; for the story tests. */
    static StoryPairRule ruleOver(StoryParameters parameters, List<StoryArticle> corpus) {
        Map<String, Integer> df = new HashMap<>();
        for (StoryArticle a : corpus) {
            for (String t : StoryPairRule.documentTerms(a, parameters)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new StoryPairRule(parameters, t -> df.getOrDefault(t, 1), corpus.size());
    }

    @Test
    void aRetellingJoinsAndAnotherEventDoesNot() {
        StoryPairRule rule = ruleOver(List.of(VISIT, RETOLD, OTHER));
        assertTrue(rule.joins(RETOLD, VISIT));
        assertFalse(rule.joins(OTHER, VISIT));
        assertTrue(rule.score(RETOLD, VISIT) > rule.score(OTHER, VISIT));
    }

    @Test
    void thePairDecisionIsTheEmbeddedClusterersOnTwoArticles() {
        StoryPairRule rule = ruleOver(List.of(VISIT, RETOLD, OTHER));
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.add(List.of(VISIT, RETOLD, OTHER));
        Map<String, String> story = clusterer.assignment();
        assertEquals(rule.joins(RETOLD, VISIT), story.get("a").equals(story.get("b")));
        assertEquals(rule.joins(OTHER, VISIT), story.get("a").equals(story.get("c")));
    }

    @Test
    void indexTermsIncludeTheTitleWords() {
        List<String> terms = ruleOver(List.of(VISIT, RETOLD, OTHER)).indexTerms(OTHER);
        assertTrue(terms.contains("رباط"), terms.toString());
        assertNotEquals(0, StoryPairRule.documentTerms(OTHER, StoryParameters.standard()).size());
    }
}

package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.dedup.MatchTerms;

class EventWordsTest {

    private static String term(EventWords words, String word) {
        return words.term(MatchTerms.of(word)[0]);
    }

    @Test
    void formsOfOneActionAreOneTerm() {
        EventWords words = EventWords.standard();
        String arrest = term(words, "اعتقال");
        assertEquals(arrest, term(words, "القبض"));
        assertEquals(arrest, term(words, "يعتقل"));
        assertEquals(arrest, term(words, "توقيف"));
        assertEquals(term(words, "مقتل"), term(words, "تقتل"));
        assertEquals(term(words, "يتعادل"), term(words, "تعادل"));
    }

    @Test
    void theFirstWordOfAnActionIsItsTerm() {
        assertEquals(MatchTerms.of("اعتقال")[0], term(EventWords.standard(), "يقبض"));
    }

    @Test
    void aGluedProcliticIsAllowed() {
        EventWords words = EventWords.standard();
        assertEquals(term(words, "اعتقال"), term(words, "واعتقال"));
        assertEquals(term(words, "هجوم"), term(words, "لاعتداءات"));
    }

    @Test
    void twoActionsStayApart() {
        EventWords words = EventWords.standard();
        assertNotEquals(term(words, "اعتقال"), term(words, "مقتل"));
        assertNotEquals(term(words, "زيارة"), term(words, "لقاء"));
    }

    @Test
    void otherWordsAreThemselves() {
        EventWords words = EventWords.standard();
        assertEquals("مغرب", term(words, "المغرب"));
        assertEquals("وزير", term(words, "وزير"));
        assertEquals("وقع", term(words, "وقع"), "وقع mostly means happened: not an action word");
    }

    @Test
    void noneMapsNothing() {
        assertEquals(MatchTerms.of("القبض")[0], term(EventWords.NONE, "القبض"));
    }

    @Test
    void retellingsInOtherWordsScoreHigherWithTheLexicon() {
        StoryArticle first = StoryClustererTest.article("a", "okaz", StoryClustererTest.DAY, "اعتقال ثمانية أشخاص في المغرب",
                "أعلنت السلطات اعتقال ثمانية أشخاص بتهمة التخطيط لاعتداءات في المغرب.");
        StoryArticle second = StoryClustererTest.article("b", "sabq", StoryClustererTest.DAY, "القبض على خلية في المغرب",
                "ألقت السلطات القبض على خلية من ثمانية أشخاص كانت تخطط لاعتداءات في المغرب.");
        List<StoryArticle> both = List.of(first, second);
        double with = score(StoryParameters.standard(), both);
        double without = score(StoryParameters.standard().withEventWords(false), both);
        assertTrue(with > without, with + " should exceed " + without);
    }

    private static double score(StoryParameters parameters, List<StoryArticle> articles) {
        return StoryPairRuleTest.ruleOver(parameters, articles).score(articles.get(1), articles.get(0));
    }
}

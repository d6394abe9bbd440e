package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;

/**
 * The entities of the five bundled sample pages: every spelling of each person and place resolves to
 * one id, and the three Kims stay apart. Expected ids were written by reading the pages.
 */
class SamplePageEntitiesTest {

    private static final List<AnalyzedArticle> ANALYZED = analyze();

    private static List<AnalyzedArticle> analyze() {
        Marsad marsad = new Marsad();
        List<AnalyzedArticle> out = new ArrayList<>();
        DemoPages.load().forEach(p -> {
            for (Article a : marsad.extract(p)) {
                out.add(marsad.analyze(a));
            }
        });
        return out;
    }

    /** Every mention text, by entity id, over all samples. */
    private static Map<String, Set<String>> spellings() {
        Map<String, Set<String>> out = new HashMap<>();
        for (AnalyzedArticle a : ANALYZED) {
            for (ArticleEntity e : a.entities()) {
                for (EntityMention m : e.mentions()) {
                    out.computeIfAbsent(e.entity().id(), k -> new HashSet<>()).add(m.text());
                }
            }
        }
        return out;
    }

    @Test
    void thePeopleOfTheSamplesAreFound() {
        Set<String> ids = spellings().keySet();
        for (String id : List.of("vladimir-putin", "kim-jong-un", "kim-jong-il", "choe-son-hui", "sergei-shoigu",
                "andrei-belousov", "sergei-lavrov", "alexander-novak", "kang-sun-nam", "john-kirby", "mark-rutte",
                "jean-noel-barrot", "emmanuel-macron", "volodymyr-zelensky", "donald-trump", "dmitry-peskov",
                "dmitry-medvedev", "xi-jinping")) {
            assertTrue(ids.contains(id), id + " missing from " + ids);
        }
    }

    @Test
    void eachSpellingOfPutinIsOneEntity() {
        assertTrue(spellings().get("vladimir-putin").containsAll(Set.of("بوتين", "بوتن", "فلاديمير بوتن", "فلاديمير بوتين")));
    }

    @Test
    void eachSpellingOfKimJongUnIsOneEntity() {
        assertTrue(spellings().get("kim-jong-un").containsAll(Set.of("كيم جونغ أون", "كيم جونج أون", "كيم جونج-أون", "كيم")));
    }

    @Test
    void eachSpellingOfPyongyangIsOneEntity() {
        assertTrue(spellings().get("pyongyang").containsAll(Set.of("بيونغ يانغ", "بيونج يانج", "بيونجيانج")));
    }

    @Test
    void shoiguInBothSpellings() {
        assertTrue(spellings().get("sergei-shoigu").containsAll(Set.of("سيرجي شويجو", "شويغو", "سيرغي شويغو")));
    }

    @Test
    void kimJongIlIsNeverKimJongUn() {
        for (String text : spellings().get("kim-jong-il")) {
            assertFalse(text.contains("أون"), text);
        }
        for (String text : spellings().get("kim-jong-un")) {
            assertFalse(text.contains("إيل"), text);
        }
        assertFalse(spellings().getOrDefault("kim-il-sung", Set.of()).contains("كيم جونغ إيل"));
    }

    @Test
    void mentionOffsetsPointAtTheirText() {
        for (AnalyzedArticle a : ANALYZED) {
            String text = a.article().text();
            for (ArticleEntity e : a.entities()) {
                for (EntityMention m : e.mentions()) {
                    assertEquals(m.text(), text.substring(m.start(), m.end()));
                }
            }
        }
    }
}

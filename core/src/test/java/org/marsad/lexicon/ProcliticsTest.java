package org.marsad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcliticsTest {

    private static List<String> stems(String key) {
        List<String> stems = new ArrayList<>();
        for (int rule = 0; rule < Proclitics.RULE_COUNT; rule++) {
            String stem = Proclitics.stem(key, rule);
            if (stem != null) {
                stems.add(stem);
            }
        }
        return stems;
    }

    @Test
    void wawAndLamStemsOfWaLiWakala() {
        assertEquals(List.of("وكاله", "لوكاله"), stems("ولوكاله"));
    }

    @Test
    void lamLamRestoresTheArticle() {
        assertEquals(List.of("الاناضول", "لاناضول"), stems("للاناضول"));
    }

    @Test
    void wordWithoutProcliticLettersHasNoStems() {
        assertEquals(List.of(), stems("تاس"));
    }

    @Test
    void stemOfOneLetterIsRefused() {
        assertNull(Proclitics.stem("وا", 7));
    }

    @Test
    void matchesTheWordItself() {
        assertTrue(Proclitics.matches("وكاله", "وكاله"));
    }

    @Test
    void matchesTheWordWithProclitics() {
        assertTrue(Proclitics.matches("لوكاله", "وكاله"));
    }

    @Test
    void matchesTheArticleSwallowedByLam() {
        assertTrue(Proclitics.matches("والمصدر", "المصدر"));
    }

    @Test
    void doesNotMatchAnotherWord() {
        assertFalse(Proclitics.matches("لوكالات", "وكاله"));
    }

    @Test
    void baAlKeepsTheArticle() {
        assertTrue(stems("بالعراق").contains("العراق"));
    }

    @Test
    void kafIsAProclitic() {
        assertTrue(stems("كالعادة").contains("العادة"));
    }
}

package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    @Test
    void identicalTextsScoreOne() {
        ShingleScorer s = new ShingleScorer();
        s.add("one two three four five", "one two three four five");
        assertEquals(1.0, s.score().precision(), 1e-9);
        assertEquals(1.0, s.score().recall(), 1e-9);
    }

    @Test
    void repeatedShinglesCountWithTheirRepeats() {
        ShingleScorer s = new ShingleScorer();
        // gold: a b c d a b c d -> shingles abcd x2, bcda, cdab, dabc; extracted once abcd
        s.add("a b c d a b c d", "a b c d");
        assertEquals(1.0, s.score().precision(), 1e-9);
        assertEquals(1.0 / 5, s.score().recall(), 1e-9);
    }

    @Test
    void precisionAndRecallAreMeansOverPages() {
        ShingleScorer s = new ShingleScorer();
        s.add("a b c d e", "a b c d e");          // p 1, r 1
        s.add("a b c d e", "a b c d x y z w");    // 1 of 5 extracted shingles right: p 0.2; 1 of 2 gold: r 0.5
        assertEquals((1 + 0.2) / 2, s.score().precision(), 1e-9);
        assertEquals((1 + 0.5) / 2, s.score().recall(), 1e-9);
    }

    @Test
    void emptyExtractionCountsForRecallOnly() {
        ShingleScorer s = new ShingleScorer();
        s.add("a b c d", "a b c d");
        s.add("a b c d", "");
        assertEquals(1.0, s.score().precision(), 1e-9);
        assertEquals(0.5, s.score().recall(), 1e-9);
        assertEquals(2, s.score().n());
    }

    @Test
    void shortTextIsOneShingleAndMarksSplitWords() {
        assertEquals(1, ShingleScorer.shingles("كلمة واحدة").size());
        assertEquals(java.util.Map.of("م حمد", 1), ShingleScorer.shingles("مُحمد"));
    }

    @Test
    void eachPageGivesItsOwnPrecisionAndRecall() {
        ShingleScorer s = new ShingleScorer();
        double[] page = s.add("a b c d e", "a b c d x y z w");
        assertEquals(0.2, page[0], 1e-9);
        assertEquals(0.5, page[1], 1e-9);
        assertEquals(true, Double.isNaN(s.add("a b c d", "")[0]), "nothing extracted: no precision");
    }
}

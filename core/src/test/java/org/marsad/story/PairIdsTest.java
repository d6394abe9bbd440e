package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PairIdsTest {

    @Test
    void holdsEveryPairThroughGrowthIncludingThePairOfZeros() {
        PairIds ids = new PairIds();
        int n = 0;
        for (int a = 0; a < 300; a++) {
            for (int b = 0; b < 100; b++) {
                ids.put(PairIds.key(a, b), n++);
            }
        }
        n = 0;
        for (int a = 0; a < 300; a++) {
            for (int b = 0; b < 100; b++) {
                assertEquals(n++, ids.get(PairIds.key(a, b)));
            }
        }
        assertEquals(0, ids.get(PairIds.key(0, 0)));
        assertEquals(PairIds.ABSENT, ids.get(PairIds.key(100, 300)), "order matters: (100, 300) was never put");
        assertEquals(PairIds.ABSENT, ids.get(PairIds.key(Integer.MAX_VALUE, 1)));
    }

    @Test
    void aVocabularyReadsAPairAsItsTwoWords() {
        Vocabulary vocabulary = new Vocabulary();
        int visit = vocabulary.id("زياره");
        int official = vocabulary.id("رسميه");
        int pair = vocabulary.pair(visit, official);
        assertEquals("زياره رسميه", vocabulary.term(pair));
        assertEquals(pair, vocabulary.pair(visit, official));
        assertEquals(pair + 1, vocabulary.pair(official, visit), "a new pair takes the next id, as a new word does");
        assertEquals(pair + 2, vocabulary.id("يزور"));
    }
}

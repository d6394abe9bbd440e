package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ClusterScoresTest {

    static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "y");

    @Test
    void aPerfectClusteringScoresOne() {
        ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "1", "b", "1", "c", "2"));
        assertEquals(1, s.f1(), 1e-9);
        assertEquals(1, s.pairF1(), 1e-9);
        assertEquals(3, s.n());
    }

    @Test
    void oneClusterForAllHasFullRecallAndLowPrecision() {
        ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "1", "b", "1", "c", "1"));
        assertEquals(5.0 / 9, s.precision(), 1e-9);
        assertEquals(1, s.recall(), 1e-9);
        assertEquals(1.0 / 3, s.pairPrecision(), 1e-9);
        assertEquals(1, s.pairRecall(), 1e-9);
    }

    @Test
    void allSingletonsHaveFullPrecisionAndNoPairRecall() {
        ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "1", "b", "2", "c", "3"));
        assertEquals(1, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(0, s.pairRecall(), 1e-9);
    }
}

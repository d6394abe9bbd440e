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

    @Test
    void withinGroupsAPairAcrossTwoGroupsCountsNeitherWay() {
        // a and b in one set, c and d in another; c tells a's story, but its set labels it apart
        Map<String, String> gold = Map.of("a", "1:x", "b", "1:y", "c", "2:x", "d", "2:x");
        Map<String, String> predicted = Map.of("a", "s", "b", "t", "c", "s", "d", "s");
        Map<String, String> group = Map.of("a", "1", "b", "1", "c", "2", "d", "2");
        ClusterScores asOne = ClusterScores.of(gold, predicted);
        ClusterScores within = ClusterScores.ofWithin(gold, predicted, group::get);
        assertEquals(1.0 / 3, asOne.pairPrecision(), 1e-9, "a-c and a-d count wrong as one set");
        assertEquals(1, within.pairPrecision(), 1e-9);
        assertEquals(1, within.pairRecall(), 1e-9);
        assertEquals(1, within.f1(), 1e-9);
        // a wrong join inside one group still counts
        ClusterScores wrong = ClusterScores.ofWithin(gold, Map.of("a", "s", "b", "s", "c", "u", "d", "u"), group::get);
        assertEquals(0.5, wrong.pairPrecision(), 1e-9);
        assertEquals(0.75, wrong.precision(), 1e-9);
    }
}

package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class StoryGroupsTest {

    private static Row posting(int rank, Integer day, boolean indexes, boolean looks) {
        return RowFactory.create(rank, day, indexes, looks);
    }

    private static Set<String> edges(List<int[]> edges) {
        Set<String> out = new TreeSet<>();
        for (int[] e : edges) {
            out.add(Math.min(e[0], e[1]) + "-" + Math.max(e[0], e[1]));
        }
        return out;
    }

    @Test
    void aLookerIsLinkedToTheEarlierIndexersWithinTheWindowAsAChain() {
        List<Row> postings = List.of(posting(0, 100, true, true), posting(1, 110, true, true),
                posting(2, 125, true, true), posting(3, 126, false, true));
        // 1 finds 0; 2 finds 1 only (0 is 25 days earlier); 3 finds 1 and 2; nothing finds later articles
        assertEquals(Set.of("0-1", "1-2", "2-3"), edges(StoryGroups.termEdges(postings, 21, Integer.MAX_VALUE)));
    }

    @Test
    void aLookerThatDoesNotIndexIsFoundByNoOneLater() {
        List<Row> postings = List.of(posting(0, 100, false, true), posting(1, 100, false, true), posting(2, 100, true, false));
        assertEquals(Set.of(), edges(StoryGroups.termEdges(postings, 21, Integer.MAX_VALUE)));
    }

    @Test
    void undatedArticlesAreWithinEveryWindow() {
        List<Row> postings = List.of(posting(0, 1, true, false), posting(1, 500, true, false), posting(2, null, false, true));
        assertEquals(Set.of("0-1", "1-2"), edges(StoryGroups.termEdges(postings, 21, Integer.MAX_VALUE)));
    }

    @Test
    void aTermIndexedByMoreThanTheCapFindsNothingAfterwards() {
        List<Row> postings = new ArrayList<>();
        for (int r = 0; r <= StoryGroups.MAX_POSTINGS + 1; r++) {
            postings.add(posting(r, 100, true, r == StoryGroups.MAX_POSTINGS || r == StoryGroups.MAX_POSTINGS + 1));
        }
        Set<String> found = edges(StoryGroups.termEdges(postings, 21, Integer.MAX_VALUE));
        // rank 300 meets 300 earlier postings (allowed); rank 301 meets 301 (over the cap)
        assertEquals(StoryGroups.MAX_POSTINGS, found.size());
        assertEquals(true, found.contains((StoryGroups.MAX_POSTINGS - 1) + "-" + StoryGroups.MAX_POSTINGS));
        assertEquals(false, found.stream().anyMatch(e -> e.endsWith("-" + (StoryGroups.MAX_POSTINGS + 1))));
    }

    @Test
    void aLookerFindingMoreThanTheBlockRunIsLinkedToNone() {
        List<Row> postings = List.of(posting(0, 100, true, false), posting(1, 100, true, false), posting(2, 101, true, true),
                posting(3, 122, false, true));
        // 2 finds a run of two (0, 1): too many for a block run of 1; 3 finds only 2, a run of one
        assertEquals(Set.of("2-3"), edges(StoryGroups.termEdges(postings, 21, 1)));
        assertEquals(Set.of("0-1", "1-2", "2-3"), edges(StoryGroups.termEdges(postings, 21, 2)));
    }

    @Test
    void aGroupLargerThanTheBoundIsCutIntoSlicesOfConsecutiveRanks() {
        // component 0 holds ranks 0, 1, 3, 4, 6; component 2 holds 2 and 5
        assertArrayEquals(new int[] {0, 0, 2, 3, 3, 2, 6}, StoryGroups.slices(new int[] {0, 0, 2, 0, 0, 2, 0}, 2));
    }

    @Test
    void aSliceIsLedByTheArticlesOfTheSliceBeforeDatedWithinTheOverlap() {
        int[] oneGroup = new int[9];
        int[] day = {0, 0, 0, 1, 5, 6, 6, 6, 9};

        GroupSlices slices = GroupSlices.of(oneGroup, day, 4, 4, 0);

        assertArrayEquals(new int[] {0, 0, 0, 0, 4, 4, 4, 4, 8}, slices.unitOf());
        // unit 4 starts on day 5: day 1 is within 4 days, day 0 is not; unit 8 starts on day 9: days 5 and 6
        // are, but a prefix holds at most half a slice (the latest two)
        assertArrayEquals(new int[] {-1, -1, -1, 4, -1, -1, 8, 8, -1}, slices.prefixFor());
        assertArrayEquals(new int[] {4, 0, 0, 0, 5, 0, 0, 0, 3}, slices.unitSizes());
        assertArrayEquals(new int[] {-1, -1, -1, 4, 8, 8, 8, 8, -1}, GroupSlices.of(oneGroup, day, 4, 4, 4).prefixFor(),
                "a prefix of up to a whole slice");
    }

    @Test
    void noOverlapAndGroupsUnderTheBoundHaveNoPrefix() {
        int[] twoGroups = {0, 0, 2, 0, 0, 2, 0};
        int[] day = {0, 1, 1, 2, 3, 3, GroupSlices.UNDATED};

        assertArrayEquals(new int[] {-1, -1, -1, -1, -1, -1, -1}, GroupSlices.of(twoGroups, day, 2, 0, 0).prefixFor());
        GroupSlices overlapping = GroupSlices.of(twoGroups, day, 2, 5, 0);
        // group 0 (ranks 0, 1, 3, 4, 6) is cut after 1 and after 4, each prefix its slice's latest;
        // group 2 (ranks 2, 5) is not cut; the undated slice is led by the days before it
        assertArrayEquals(new int[] {-1, 3, -1, -1, 6, -1, -1}, overlapping.prefixFor());
        assertEquals(true, overlapping.overlaps());
    }

    private static Row clustered(String id, int rank, String story, int unit, boolean own) {
        return RowFactory.create(id, rank, story, unit, own);
    }

    @Test
    void storiesOfLaterSlicesContinueTheStoriesTheirPrefixArticlesBelongTo() {
        List<Row> rows = List.of(
                clustered("b", 2, "0 a", 0, true),      // b belongs to a's story in slice 0
                clustered("b", 2, "1 b", 3, false),     // in slice 3, b leads story "1 b" (which d joined)
                clustered("d", 3, "1 b", 3, true),
                clustered("d", 3, "2 d", 6, false),     // in slice 6, d leads story "2 d"
                clustered("e", 4, "1 e", 3, true),
                clustered("e", 4, "2 d", 6, false));

        java.util.Map<String, String> stitched = StoryGroups.stitch(rows);

        assertEquals("0 a", stitched.get("3 1 b"));
        assertEquals("0 a", stitched.get("6 2 d"), "through slice 3's stitch: one story across two cuts");
        assertEquals(2, stitched.size());
    }

    @Test
    void groupsArePackedLargestFirstOntoTheLeastLoadedTask() {
        assertArrayEquals(new int[] {0, 1, 1, 0}, StoryGroups.pack(new int[] {10, 6, 3, 0}, 2));
    }
}

package org.marsad.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How story groups larger than a bound are cut into units of work: slices of consecutive canonical
 * order (slices of time) of at most {@code maxGroup} articles, each clustered apart. So that a story
 * running across a cut is not cut, each slice after the first is clustered together with a prefix:
 * the latest articles of the slice before it dated within {@code overlapDays} of the slice's first day
 * (at most {@code maxPrefix}, half a slice by default). The
 * prefix articles belong to the slice before (their owner); in the later slice they only lead its
 * articles to the stories they belong to ({@link StoryGroups} stitches the two by them).
 *
 * <p>Arrays are indexed by rank (position in canonical order); a unit is named by the rank of its
 * first own article, as groups are named by their least rank.
 *
 * @param unitOf    the unit that owns each article (its slice, or its whole group when not cut)
 * @param prefixFor the later unit each article is a prefix article of, or {@link #NONE}
 */
record GroupSlices(int[] unitOf, int[] prefixFor) implements java.io.Serializable {

    static final int NONE = -1;
    /**
     * By default a prefix holds at most half a slice (its latest articles): on a dense corpus a few
     * days are a whole slice (SaudiNewsNet July: 1,300 to 3,000 articles a day), and a prefix as large
     * as the slice doubles every unit's work.
     */
    static final int DEFAULT_PREFIX_SHARE = 2;

    /** The day of an undated article: canonical order puts them last. */
    static final int UNDATED = Integer.MAX_VALUE;

    /**
     * @param component   each article's group (connected component, named by its least rank)
     * @param day         each article's epoch day, {@link #UNDATED} when it has none
     * @param maxGroup    the largest unit
     * @param overlapDays how far before a slice's first day its prefix reaches (0: no prefix)
     * @param maxPrefix   the most articles a prefix holds; 0 for half a slice
     */
    static GroupSlices of(int[] component, int[] day, int maxGroup, int overlapDays, int maxPrefix) {
        int prefixCap = maxPrefix > 0 ? maxPrefix : Math.max(1, maxGroup / DEFAULT_PREFIX_SHARE);
        int[] unitOf = StoryGroups.slices(component, maxGroup);
        int[] prefixFor = new int[component.length];
        java.util.Arrays.fill(prefixFor, NONE);
        if (overlapDays <= 0) {
            return new GroupSlices(unitOf, prefixFor);
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < component.length; v++) {
            members.computeIfAbsent(component[v], k -> new ArrayList<>()).add(v);
        }
        for (List<Integer> ranks : members.values()) {
            for (int i = maxGroup; i < ranks.size(); i += maxGroup) {
                int start = ranks.get(i);
                int startDay = day[start] != UNDATED ? day[start] : lastDatedBefore(ranks, i, day);
                for (int j = i - 1; j >= i - Math.min(maxGroup, prefixCap); j--) {
                    int v = ranks.get(j);
                    // canonical order is by day: once one is too early, all before it are
                    if (day[v] != UNDATED && startDay != UNDATED && day[v] < startDay - overlapDays) {
                        break;
                    }
                    prefixFor[v] = start;
                }
            }
        }
        return new GroupSlices(unitOf, prefixFor);
    }

    /** For a slice of undated articles: the day of the last dated article before it, its stories' latest. */
    private static int lastDatedBefore(List<Integer> ranks, int i, int[] day) {
        for (int j = i - 1; j >= 0; j--) {
            if (day[ranks.get(j)] != UNDATED) {
                return day[ranks.get(j)];
            }
        }
        return UNDATED;
    }

    /** Articles each unit clusters (its own and its prefix), by unit name. */
    int[] unitSizes() {
        int[] sizes = new int[unitOf.length];
        for (int v = 0; v < unitOf.length; v++) {
            sizes[unitOf[v]]++;
            if (prefixFor[v] != NONE) {
                sizes[prefixFor[v]]++;
            }
        }
        return sizes;
    }

    /** Whether any unit has a prefix (then the units' stories are stitched). */
    boolean overlaps() {
        for (int p : prefixFor) {
            if (p != NONE) {
                return true;
            }
        }
        return false;
    }
}

package org.marsad.dedup;

/**
 * An article found to repeat one seen before.
 *
 * @param id          the article
 * @param original    the article it repeats (the first of the group that was added)
 * @param exact       whether the normalized texts are equal, not merely near
 * @param similarity  estimated Jaccard of the two texts' shingles (1 for exact)
 * @param wireCopy    whether the two come from different outlets: the same (agency) text
 *                    republished, usually with small edits
 */
public record Duplicate(String id, String original, boolean exact, double similarity, boolean wireCopy) {
}

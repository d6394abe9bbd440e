package org.marsad.dedup;

/**
 * The knobs of near-duplicate detection. LSH makes a pair a candidate when all {@code rows}
 * positions of at least one of {@code bands} bands agree, which happens with probability
 * {@code 1 - (1 - J^rows)^bands} for shingle Jaccard J: an S-curve whose midpoint is about
 * {@code (1/bands)^(1/rows)}. Candidates are then kept when their estimated Jaccard is at least
 * {@code threshold}.
 *
 * @param shingleWords words per shingle
 * @param bands        LSH bands
 * @param rows         signature positions per band ({@code bands * rows} hashes in all)
 * @param threshold    least estimated Jaccard of a near duplicate
 * @param seed         seed of the hash functions
 */
public record DedupParameters(int shingleWords, int bands, int rows, double threshold, long seed) {

    /**
     * The measured choice (README, "Duplicates"): 3-word shingles, 32 bands of 4 rows (128 hashes),
     * threshold 0.5. The S-curve's midpoint, 0.42, sits below the threshold so that a pair at
     * J = 0.5 is a candidate with probability 0.87 and one at J = 0.6 with 0.98.
     */
    public static DedupParameters standard() {
        return new DedupParameters(3, 32, 4, 0.5, 0x6d61727361640001L);
    }

    public DedupParameters {
        if (shingleWords < 1 || bands < 1 || rows < 1 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("bad dedup parameters: " + shingleWords + " words, "
                    + bands + " bands x " + rows + " rows, threshold " + threshold);
        }
    }

    public int hashCount() {
        return bands * rows;
    }
}

package org.marsad.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of a text's word shingles: for each of {@code hashCount} seeded hash
 * functions, the least hash over the shingles (runs of {@code shingleWords} consecutive
 * {@link MatchTerms}). Two signatures agree in a position with probability equal to the Jaccard
 * similarity of the two shingle sets.
 *
 * <p>Each shingle is hashed once (its terms' FNV hashes combined in order); hash function i is then
 * {@code mix(shingle ^ seed[i])}, so a text costs shingles x hashes multiply-xorshifts and allocates
 * only the signature. Seeds come from a fixed seed: the same text gives the same signature on
 * every run and every machine. Immutable and thread-safe.
 */
public final class MinHasher {

    private final int shingleWords;
    private final long[] seeds;

    public MinHasher(int shingleWords, int hashCount, long seed) {
        if (shingleWords < 1 || hashCount < 1) {
            throw new IllegalArgumentException("shingle words and hash count must be >= 1: " + shingleWords + ", " + hashCount);
        }
        this.shingleWords = shingleWords;
        this.seeds = Hashing.seeds(seed, hashCount);
    }

    public int hashCount() {
        return seeds.length;
    }

    /** The signature of a text given as its terms; a text shorter than one shingle is one shingle. */
    public long[] signature(String[] terms) {
        long[] termHashes = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            termHashes[i] = Hashing.fnv(terms[i]);
        }
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, terms.length - shingleWords + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int j = s, end = Math.min(terms.length, s + shingleWords); j < end; j++) {
                h = Hashing.mix(h * 31 + termHashes[j]);
            }
            for (int i = 0; i < seeds.length; i++) {
                long v = Hashing.mix(h ^ seeds[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** The share of positions where two signatures agree: the estimated Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}

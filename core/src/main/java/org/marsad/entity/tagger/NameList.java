package org.marsad.entity.tagger;

import java.util.Arrays;
import java.util.Collection;

import org.marsad.lexicon.KeyTokens;
import org.marsad.normalize.ArabicNormalizer;

/**
 * Words of names from lists the user gives at training time ({@code marsad train ner --names
 * FILE}, e.g. public lists of person names in Arabic letters): a tagger feature says whether a
 * word (or its stem without proclitics) is one of them. Kept inside the model file as 64-bit
 * hashes of the words' matching keys, so a trained model needs no list at tagging time and holds
 * none of its text. Immutable.
 */
public final class NameList {

    /** No list. */
    public static final NameList EMPTY = new NameList(new long[0]);

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    /** Words shorter than this (particles, initials) are left out. */
    private static final int MIN_WORD = 2;

    private final long[] hashes;

    private NameList(long[] sortedDistinct) {
        this.hashes = sortedDistinct;
    }

    /** The words of {@code names} (each name one or more words, as written). */
    public static NameList of(Collection<String> names) {
        long[] h = new long[16];
        int n = 0;
        for (String name : names) {
            for (String word : KeyTokens.of(NORMALIZER.key(name))) {
                if (word.length() >= MIN_WORD && !KeyTokens.isNumber(word)) {
                    if (n == h.length) {
                        h = Arrays.copyOf(h, n * 2);
                    }
                    h[n++] = hash(word);
                }
            }
        }
        return fromHashes(Arrays.copyOf(h, n));
    }

    static NameList fromHashes(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new NameList(Arrays.copyOf(sorted, distinct));
    }

    /** Whether the word with matching key {@code key} is in the list. */
    boolean contains(String key) {
        return hashes.length > 0 && Arrays.binarySearch(hashes, hash(key)) >= 0;
    }

    public int size() {
        return hashes.length;
    }

    long[] hashes() {
        return hashes.clone();
    }

    private static long hash(String key) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.template(-2), key));
    }
}

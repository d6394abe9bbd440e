package org.marsad.entity.tagger;

/**
 * 64-bit hashes of features built piece by piece (a template number, then strings and chars), so
 * that a feature such as "previous word = بوتين" is never built as a string. FNV-1a over the
 * pieces, finished by a mixing step so that features differing in one char spread over the table.
 * At 64 bits two features of one model colliding is negligible (about n²/2⁶⁵: one in ten million
 * for a million features), and a collision only merges two weights.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /** Separates pieces, so that ("ab", "c") and ("a", "bc") differ; not a char of any text we read. */
    private static final char SEPARATOR = '\uFFFF';

    private FeatureHash() {
    }

    static long template(int template) {
        return (OFFSET ^ template) * PRIME;
    }

    static long add(long h, CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return (h ^ SEPARATOR) * PRIME;
    }

    /** Adds chars {@code [from, to)} of {@code s}. */
    static long add(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return (h ^ SEPARATOR) * PRIME;
    }

    static long add(long h, int value) {
        return (h ^ value ^ ((long) SEPARATOR << 32)) * PRIME;
    }

    /** The final hash: a murmur3 finalizer over the FNV state. */
    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

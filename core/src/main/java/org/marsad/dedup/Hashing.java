package org.marsad.dedup;

/** Seeded 64-bit hashing for shingles and signatures: FNV-1a over chars, SplitMix64 finalizer. */
final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    /** FNV-1a of the chars of {@code s}, the same on every JVM (unlike identity hashes). */
    static long fnv(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /** The SplitMix64 finalizer: a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** {@code count} well-spread seeds derived from {@code seed}. */
    static long[] seeds(long seed, int count) {
        long[] out = new long[count];
        long state = seed;
        for (int i = 0; i < count; i++) {
            state += GOLDEN;
            out[i] = mix(state);
        }
        return out;
    }
}

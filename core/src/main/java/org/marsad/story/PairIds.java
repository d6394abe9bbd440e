package org.marsad.story;

import java.util.Arrays;

/**
 * Ids of ordered pairs of non-negative ints, as a hash table of primitives (open addressing, linear
 * probing): the vocabulary meets a word pair for every two consecutive words of every article, and
 * most pairs are new, so looking them up by their two term ids instead of by a concatenated string
 * spares a string, its hash and a map entry per pair.
 */
final class PairIds {

    /** No pair packs to this key: both halves of a key are non-negative. */
    private static final long EMPTY = -1L;
    static final int ABSENT = -1;

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    PairIds() {
        Arrays.fill(keys, EMPTY);
    }

    static long key(int first, int second) {
        return (long) first << 32 | second;
    }

    /** The id of the pair, or {@link #ABSENT}. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return ABSENT;
            }
        }
    }

    /** Gives a pair not yet held its id. */
    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, values, key, value);
        size++;
    }

    private static void insert(long[] keys, int[] values, long key, int value) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    /** A well-mixed slot (the multiplier of Fibonacci hashing) so that pairs of small ids spread out. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}

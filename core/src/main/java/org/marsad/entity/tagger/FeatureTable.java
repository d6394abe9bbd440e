package org.marsad.entity.tagger;

import java.util.Arrays;

/**
 * Feature hashes to dense indices (0, 1, 2, ... in order of addition): an open-addressing table of
 * longs with linear probing, so a lookup allocates nothing. Hash 0 is reserved as "empty" and is
 * stored as 1 instead (one more collision among 2⁶⁴ values).
 */
final class FeatureTable {

    private static final double MAX_LOAD = 0.5;

    private long[] slots;
    private int[] indices;
    private long[] byIndex;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD)) - 1) << 1;
        slots = new long[capacity];
        indices = new int[capacity];
        byIndex = new long[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    /** The index of {@code hash}, or -1 when it is not in the table. */
    int get(long hash) {
        long h = hash == 0 ? 1 : hash;
        int mask = slots.length - 1;
        for (int s = (int) h & mask; ; s = (s + 1) & mask) {
            long k = slots[s];
            if (k == h) {
                return indices[s];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The index of {@code hash}, added at the end when absent. */
    int add(long hash) {
        long h = hash == 0 ? 1 : hash;
        int mask = slots.length - 1;
        int s = (int) h & mask;
        while (slots[s] != 0) {
            if (slots[s] == h) {
                return indices[s];
            }
            s = (s + 1) & mask;
        }
        slots[s] = h;
        indices[s] = size;
        if (size == byIndex.length) {
            byIndex = Arrays.copyOf(byIndex, size * 2);
        }
        byIndex[size] = h;
        size++;
        if (size > slots.length * MAX_LOAD) {
            grow();
        }
        return size - 1;
    }

    /** The hash stored at index {@code index}. */
    long hash(int index) {
        return byIndex[index];
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldIndices = indices;
        slots = new long[oldSlots.length * 2];
        indices = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int o = 0; o < oldSlots.length; o++) {
            if (oldSlots[o] != 0) {
                int s = (int) oldSlots[o] & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = oldSlots[o];
                indices[s] = oldIndices[o];
            }
        }
    }
}

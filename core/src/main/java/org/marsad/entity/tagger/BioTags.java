package org.marsad.entity.tagger;

import org.marsad.entity.EntityType;

/**
 * The tags a word gets: O (outside any name), or B (begins) / I (inside) a name of one of the
 * {@link EntityType}s, as small ints: 0 is O, then B and I of each type in declaration order.
 * I of a type may follow only B or I of the same type; decoding never produces anything else.
 */
final class BioTags {

    static final int O = 0;
    static final int COUNT = 1 + 2 * EntityType.values().length;
    /** The row of the transition table for "before the first word". */
    static final int START = COUNT;

    private static final EntityType[] TYPES = EntityType.values();
    private static final String[] NAMES = new String[COUNT];
    /** [previous][tag], previous up to {@link #START}: read in Viterbi's inner loop. */
    private static final boolean[][] ALLOWED = new boolean[COUNT + 1][COUNT];

    static {
        NAMES[O] = "O";
        for (EntityType t : TYPES) {
            NAMES[begin(t)] = "B-" + t.name();
            NAMES[inside(t)] = "I-" + t.name();
        }
        for (int p = 0; p <= COUNT; p++) {
            for (int t = 0; t < COUNT; t++) {
                ALLOWED[p][t] = !isInside(t) || (p != START && p != O && type(p) == type(t));
            }
        }
    }

    private BioTags() {
    }

    static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    static boolean isInside(int tag) {
        return tag != O && (tag - 1) % 2 == 1;
    }

    /** The type of a B or I tag. */
    static EntityType type(int tag) {
        return TYPES[(tag - 1) / 2];
    }

    /** Whether {@code tag} may follow {@code previous} ({@link #START} for the first word). */
    static boolean allowed(int previous, int tag) {
        return ALLOWED[previous][tag];
    }

    static String name(int tag) {
        return NAMES[tag];
    }
}

package org.marsad.entity.tagger;

import org.marsad.entity.EntityType;

/**
 * The tags a word gets, BILOU style: O (outside any name), or for each {@link EntityType} B (first
 * word of a name of several words), I (inside one), L (its last word) or U (a one-word name), as
 * small ints: 0 is O, then B, I, L, U of each type in declaration order. Against plain BIO this
 * lets the model learn what ends a name as well as what starts one (Ratinov and Roth 2009 found it
 * better). Decoding only produces well-formed sequences: I and L only after B or I of their type,
 * B, U and O never inside an open name, and no name left open at the end of a segment.
 */
final class BilouTags {

    static final int O = 0;
    private static final int KINDS = 4;
    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;
    static final int COUNT = 1 + KINDS * EntityType.values().length;
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
            NAMES[last(t)] = "L-" + t.name();
            NAMES[unit(t)] = "U-" + t.name();
        }
        for (int p = 0; p <= COUNT; p++) {
            boolean open = p != START && p != O && (kind(p) == B || kind(p) == I);
            for (int t = 0; t < COUNT; t++) {
                boolean continues = t != O && (kind(t) == I || kind(t) == L);
                ALLOWED[p][t] = continues ? open && type(p) == type(t) : !open;
            }
        }
    }

    private BilouTags() {
    }

    private static int kind(int tag) {
        return (tag - 1) % KINDS;
    }

    static int begin(EntityType type) {
        return 1 + KINDS * type.ordinal() + B;
    }

    static int inside(EntityType type) {
        return 1 + KINDS * type.ordinal() + I;
    }

    static int last(EntityType type) {
        return 1 + KINDS * type.ordinal() + L;
    }

    static int unit(EntityType type) {
        return 1 + KINDS * type.ordinal() + U;
    }

    /** The tag of word {@code position} of a name of {@code length} words of {@code type}. */
    static int of(EntityType type, int position, int length) {
        return length == 1 ? unit(type) : position == 0 ? begin(type) : position == length - 1 ? last(type) : inside(type);
    }

    /** Whether the tag continues a name begun before it (I or L). */
    static boolean isInside(int tag) {
        return tag != O && (kind(tag) == I || kind(tag) == L);
    }

    /** Whether a name ends at a word with this tag (L, U), or none is open (O). */
    static boolean closes(int tag) {
        return tag == O || kind(tag) == L || kind(tag) == U;
    }

    /** The type of a tag other than O. */
    static EntityType type(int tag) {
        return TYPES[(tag - 1) / KINDS];
    }

    /** Whether {@code tag} may follow {@code previous} ({@link #START} for the first word). */
    static boolean allowed(int previous, int tag) {
        return ALLOWED[previous][tag];
    }

    static String name(int tag) {
        return NAMES[tag];
    }
}

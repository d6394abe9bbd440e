package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.ARABIC_LETTER_MARK;

/**
 * Removes characters that draw nothing and turns unusual spaces into a plain space.
 *
 * <ul>
 *   <li>Removed: U+200B..U+200F (zero width space, non-joiner, joiner, left-to-right and
 *       right-to-left marks), U+202A..U+202E (bidi embeddings and overrides), U+2066..U+2069
 *       (bidi isolates), U+2060 word joiner, U+FEFF byte order mark, U+00AD soft hyphen, U+061C
 *       Arabic letter mark, U+180E Mongolian vowel separator.</li>
 *   <li>Mapped to U+0020: U+00A0 no-break space, U+2000..U+200A (en quad to hair space), U+202F
 *       narrow no-break space, U+205F medium mathematical space, U+3000 ideographic space.</li>
 * </ul>
 *
 * <p>News sites paste these in from editors and word processors: an RLM inside a name or a
 * zero-width space inside a word splits it for every later stage while looking the same on
 * screen. The zero-width non-joiner goes too, although Persian spelling uses it inside words,
 * because on Arabic news pages it is junk far more often than spelling. Nothing else changes, not
 * even runs of spaces; {@link WhitespaceCollapseFilter} does that when asked.
 */
final class InvisibleCharFilter implements CharFilter {

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char MONGOLIAN_VOWEL_SEPARATOR = '\u180E';
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';
    private static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    private static final char WORD_JOINER = '\u2060';
    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final char EN_QUAD = '\u2000';
    private static final char HAIR_SPACE = '\u200A';
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char MEDIUM_MATHEMATICAL_SPACE = '\u205F';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    @Override
    public int filter(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isInvisible(c)) {
                continue;
            }
            buffer[out++] = isUnusualSpace(c) ? ' ' : c;
        }
        return out;
    }

    /** Whether this filter would change {@code c}: cheaper than filtering a copy to find out. */
    static boolean changes(char c) {
        return isInvisible(c) || isUnusualSpace(c);
    }

    /** Whether {@code c} is one of the characters this filter removes. */
    static boolean isInvisible(char c) {
        if (c < ZERO_WIDTH_SPACE) {
            // ASCII and the Arabic block, nearly all of the text, are settled here.
            return c == SOFT_HYPHEN || c == ARABIC_LETTER_MARK || c == MONGOLIAN_VOWEL_SEPARATOR;
        }
        return c <= RIGHT_TO_LEFT_MARK
                || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
                || c == WORD_JOINER
                || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE)
                || c == BYTE_ORDER_MARK;
    }

    /** Whether {@code c} is one of the spaces this filter turns into U+0020. */
    static boolean isUnusualSpace(char c) {
        if (c < EN_QUAD) {
            return c == NO_BREAK_SPACE;
        }
        return c <= HAIR_SPACE
                || c == NARROW_NO_BREAK_SPACE
                || c == MEDIUM_MATHEMATICAL_SPACE
                || c == IDEOGRAPHIC_SPACE;
    }
}

package org.marsad.normalize;

/**
 * Trims whitespace at both ends and turns every inner run of whitespace into one U+0020.
 *
 * <p>Whitespace is what {@link Character#isWhitespace(char)} says (space, tab, line breaks and
 * the breaking Unicode spaces) plus the no-break spaces that {@link InvisibleCharFilter} maps to a
 * space. Line breaks are collapsed too, so this is for one-line fields such as a title or a name,
 * not for body text whose paragraphs matter. It is not part of the matching key.
 */
final class WhitespaceCollapseFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        int out = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isWhitespace(c)) {
                pendingSpace = out > 0; // a run at the start is trimmed
            } else {
                if (pendingSpace) {
                    buffer[out++] = ' ';
                    pendingSpace = false;
                }
                buffer[out++] = c;
            }
        }
        return out; // a run at the end left pendingSpace set and is trimmed
    }

    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || InvisibleCharFilter.isUnusualSpace(c);
    }
}

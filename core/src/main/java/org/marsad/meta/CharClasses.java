package org.marsad.meta;

/**
 * Character classes shared by the tokenizers, with fast paths for the characters of Arabic and
 * ASCII text, which are nearly all the characters they see: the general Unicode lookups are
 * several times slower and these run once per character of every line.
 */
final class CharClasses {

    private static final int FIRST_ARABIC_LETTER = 0x0621;
    /** The letters hamza..yeh, tatweel among them, and the harakat up to sukun. */
    private static final int LAST_ARABIC_HARAKA = 0x0652;
    private static final int SPACE = ' ';
    private static final int ASCII_END = 0x80;

    private CharClasses() {
    }

    /** Whether {@code cp} is one of the core Arabic letters or harakat; false says nothing. */
    static boolean isArabicLetterOrHaraka(int cp) {
        return cp >= FIRST_ARABIC_LETTER && cp <= LAST_ARABIC_HARAKA;
    }

    /** White space, and format characters such as the right-to-left mark that Arabic pages scatter. */
    static boolean isSpace(int cp) {
        if (cp == SPACE) {
            return true;
        }
        if (cp > SPACE && cp < ASCII_END) {
            return false;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}

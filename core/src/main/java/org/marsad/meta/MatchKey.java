package org.marsad.meta;

import com.ibm.icu.text.Normalizer2;

/**
 * The matching key of a word or phrase, so that spellings a reader takes for the same word compare
 * equal. A stand-in, limited to what month and agency matching need, for
 * {@code org.marsad.normalize.ArabicNormalizer#key}; replace its callers with that one when it lands.
 * <ul>
 *   <li>NFKC first, but only for text that needs it (presentation forms, ligatures, full-width
 *       letters, hamza or madda written as a combining mark);</li>
 *   <li>alef with madda, hamza above, hamza below and wasla to bare alef;</li>
 *   <li>alef maqsura and Persian yeh to yeh; Persian kaf to kaf;</li>
 *   <li>teh marbuta to heh;</li>
 *   <li>tatweel and harakat (tanween, shadda, sukun, superscript alef) removed;</li>
 *   <li>digits of any script to ASCII digits;</li>
 *   <li>letters lower-cased (Latin abbreviations and month names).</li>
 * </ul>
 */
final class MatchKey {

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char ALEF_MAQSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char FARSI_YEH = '\u06CC';
    private static final char KEHEH = '\u06A9';
    private static final char KAF = '\u0643';
    private static final char TATWEEL = '\u0640';
    private static final char FATHATAN = '\u064B';
    private static final char LAST_HARAKA = '\u065F';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    /** Madda, hamza above and hamza below as combining marks: NFKC folds them into the letter before. */
    private static final char FIRST_COMBINING_HAMZA = '\u0653';
    private static final char LAST_COMBINING_HAMZA = '\u0655';
    private static final char ARABIC_BLOCK_START = '\u0600';
    private static final char ARABIC_BLOCK_END = '\u06FF';
    /** High hamza letters of the Arabic block that NFKC decomposes. */
    private static final char FIRST_HIGH_HAMZA = '\u0675';
    private static final char LAST_HIGH_HAMZA = '\u0678';
    private static final char ASCII_END = '\u0080';
    private static final char FIRST_ARABIC_LETTER = '\u0621';
    private static final char LAST_ARABIC_LETTER = '\u064A';

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private MatchKey() {
    }

    /** The key of the whole of {@code text}. */
    static String of(CharSequence text) {
        StringBuilder key = new StringBuilder(text.length());
        append(text, 0, text.length(), key);
        return key.toString();
    }

    /** Appends the key of {@code text[start, end)} to {@code out}. */
    static void append(CharSequence text, int start, int end, StringBuilder out) {
        if (needsNfkc(text, start, end)) {
            String composed = NFKC.normalize(text.subSequence(start, end));
            appendFolded(composed, 0, composed.length(), out);
        } else {
            appendFolded(text, start, end, out);
        }
    }

    /** Whether NFKC could change the key; false for nearly all Arabic and Latin news text. */
    private static boolean needsNfkc(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < ASCII_END) {
                continue;
            }
            boolean arabic = c >= ARABIC_BLOCK_START && c <= ARABIC_BLOCK_END;
            if (arabic && !isCombiningHamza(c) && !isHighHamza(c)) {
                continue;
            }
            if (arabic || !NFKC.isInert(c)) {
                return true;
            }
        }
        return false;
    }

    private static void appendFolded(CharSequence text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char folded = fold(text.charAt(i));
            if (folded != 0) {
                out.append(folded);
            }
        }
    }

    /** The key character of {@code c}, or 0 when it is dropped. */
    private static char fold(char c) {
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ALEF_MAQSURA, FARSI_YEH:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case KEHEH:
                return KAF;
            case TATWEEL, SUPERSCRIPT_ALEF:
                return 0;
            default:
                break;
        }
        if (c >= FIRST_ARABIC_LETTER && c <= LAST_ARABIC_LETTER) {
            return c; // the common case: no case, no digit, nothing more to fold
        }
        if (c >= FATHATAN && c <= LAST_HARAKA) {
            return 0;
        }
        if (c >= '0' && c <= '9') {
            return c;
        }
        int digit = Character.digit(c, 10);
        if (digit >= 0 && Character.isDigit(c)) {
            return (char) ('0' + digit);
        }
        return Character.toLowerCase(c);
    }

    private static boolean isCombiningHamza(char c) {
        return c >= FIRST_COMBINING_HAMZA && c <= LAST_COMBINING_HAMZA;
    }

    private static boolean isHighHamza(char c) {
        return c >= FIRST_HIGH_HAMZA && c <= LAST_HIGH_HAMZA;
    }
}

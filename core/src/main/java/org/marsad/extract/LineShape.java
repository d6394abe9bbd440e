package org.marsad.extract;

import org.marsad.normalize.ArabicLetters;

/**
 * The shape of a line, independent of what it says: how long it is, how it ends, which script it is
 * written in, whether it starts with a list marker. Titles, paragraphs, list items and chrome differ
 * in shape across outlets far more reliably than in wording.
 *
 * @param words          number of word tokens
 * @param arabicLetters  number of Arabic letters
 * @param latinLetters   number of Latin letters
 * @param ending         how the line ends, closing quotes and brackets ignored
 * @param listItem       whether the line starts with a bullet or an enumeration marker
 * @param innerCommas    commas (Arabic or Latin) inside the line
 */
record LineShape(int words, int arabicLetters, int latinLetters, Ending ending, boolean listItem, int innerCommas) {

    /** How a line ends. */
    enum Ending {
        /** A full stop or an ellipsis: the end of a sentence. */
        PERIOD,
        /** A question or exclamation mark: a sentence, or a headline asking. */
        QUESTION,
        /** A colon: a label, or a sentence introducing a quote. */
        COLON,
        /** A comma or semicolon: a line cut inside a sentence. */
        COMMA,
        /** A letter, a digit or anything else. */
        OPEN
    }

    private static final String CLOSERS = "\"'”’»)]}›";
    private static final String BULLETS = "•·●▪◦‣⁃○■□►▸➤✓✔*-–—";

    static LineShape of(String text, int words) {
        int arabic = 0;
        int latin = 0;
        int commas = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (ArabicLetters.isArabicLetter(c)) {
                arabic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if (c == ',' || c == ArabicLetters.ARABIC_COMMA) {
                commas++;
            }
        }
        return new LineShape(words, arabic, latin, ending(text), startsWithListMarker(text), commas);
    }

    /** Whether the line reads as a running-text paragraph rather than a headline or a label. */
    boolean isParagraph() {
        return (ending == Ending.PERIOD && words >= 5)
                || (ending == Ending.COLON && words >= 8)
                || (ending == Ending.QUESTION && words >= 12)
                || words >= 26;
    }

    /** Whether the line could be a headline: a few words, not ending like a sentence or a label. */
    boolean isHeadline() {
        return words >= 2 && words <= 25
                && ending != Ending.PERIOD && ending != Ending.COLON && ending != Ending.COMMA;
    }

    /** A line written in Latin script only (in an Arabic page: theme warnings, share buttons, code). */
    boolean isLatinOnly() {
        return latinLetters > 0 && arabicLetters == 0;
    }

    private static Ending ending(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return Ending.OPEN;
        }
        char c = text.charAt(i);
        return switch (c) {
            case '.', '…', '۔' -> Ending.PERIOD;
            case '?', '!', ArabicLetters.ARABIC_QUESTION_MARK -> Ending.QUESTION;
            case ':' -> Ending.COLON;
            case ',', ';', ArabicLetters.ARABIC_COMMA, ArabicLetters.ARABIC_SEMICOLON -> Ending.COMMA;
            default -> Ending.OPEN;
        };
    }

    private static boolean startsWithListMarker(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (BULLETS.indexOf(first) >= 0) {
            // "- " is a bullet, "-5 درجات" is not.
            return text.length() > 1 && (Character.isWhitespace(text.charAt(1)) || BULLETS.indexOf(first) < BULLETS.indexOf('*'));
        }
        // "1. ", "2) ", "١- " enumerations
        int i = 0;
        while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < text.length()
                && ".)-".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1));
    }
}

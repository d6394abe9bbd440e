package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvisibleCharFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new InvisibleCharFilter(), text);
    }

    @Test
    void removesRightToLeftMarkInsideWord() {
        assertEquals("بوتين", filter("بو\u200Fتين"));
    }

    @Test
    void removesZeroWidthSpaceNonJoinerAndJoiner() {
        assertEquals("كوريا", filter("كو\u200Bر\u200Cي\u200Dا"));
    }

    @Test
    void removesBidiEmbeddingAroundLatinName() {
        assertEquals("قال Joe Biden إن", filter("قال \u202AJoe Biden\u202C إن"));
    }

    @Test
    void removesBidiIsolates() {
        assertEquals("الأحد", filter("\u2067الأحد\u2069"));
    }

    @Test
    void removesByteOrderMark() {
        assertEquals("القاهرة", filter("\uFEFFالقاهرة"));
    }

    @Test
    void removesSoftHyphen() {
        assertEquals("international", filter("inter\u00ADnational"));
    }

    @Test
    void removesWordJoinerArabicLetterMarkAndMongolianVowelSeparator() {
        assertEquals("غزة", filter("غ\u2060ز\u180Eة\u061C"));
    }

    @Test
    void mapsNoBreakSpaceToSpace() {
        assertEquals("10 يونيو", filter("10\u00A0يونيو"));
    }

    @Test
    void mapsFixedWidthAndIdeographicSpacesToSpace() {
        assertEquals("      ", filter("\u2000\u2009\u200A\u202F\u205F\u3000"));
    }

    @Test
    void keepsDiacriticsTatweelPersianLettersAndDigits() {
        assertEquals("مُحَمَّد كـوریا ٢٠٢٤", filter("مُحَمَّد كـوریا ٢٠٢٤"));
    }

    @Test
    void keepsRunsOfSpacesAndTabs() {
        assertEquals("a  \t b", filter("a  \t b"));
    }

    @Test
    void removesAndMapsExactlyTheListedCharacters() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean invisible = (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                    || c == '\u061C' || c == '\u180E';
            boolean space = c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                    || c == '\u205F' || c == '\u3000';
            String expected = invisible ? "" : space ? " " : String.valueOf(c);
            assertEquals(expected, filter(String.valueOf(c)), String.format("U+%04X", (int) c));
        }
    }

    @Test
    void returnsLengthWithoutRemovedChars() {
        char[] buffer = "ا\u200Fب".toCharArray();
        assertEquals(2, new InvisibleCharFilter().filter(buffer, buffer.length));
    }
}

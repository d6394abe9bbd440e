package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatinLowerCaseFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new LatinLowerCaseFilter(), text);
    }

    @Test
    void lowercasesAscii() {
        assertEquals("gmt", filter("GMT"));
    }

    @Test
    void lowercasesLatin1Capitals() {
        assertEquals("école zürich", filter("ÉCOLE ZÜRICH"));
    }

    @Test
    void keepsMultiplicationSign() {
        assertEquals("a×b", filter("A×B"));
    }

    @Test
    void leavesCapitalsBeyondLatin1() {
        assertEquals("ŁódŹ", filter("ŁÓDŹ"));
    }

    @Test
    void leavesArabicAlone() {
        assertEquals("bbc عربي", filter("BBC عربي"));
    }
}

package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PageTextCleanupTest {

    @Test
    void removesOnlyALeadingByteOrderMark() {
        assertEquals("نص\uFEFFنص", PageTextCleanup.clean("\uFEFFنص\uFEFFنص"));
    }

    @Test
    void turnsCrlfAndLoneCrIntoLf() {
        assertEquals("a\nb\nc\n\nd", PageTextCleanup.clean("a\r\nb\rc\n\r\nd"));
    }

    @Test
    void trailingCrBecomesLf() {
        assertEquals("a\n", PageTextCleanup.clean("a\r"));
    }

    @Test
    void keepsEverythingElse() {
        String text = "الـــرئيس\u00A0قال: «نعم»\t\u200Fَ\n";
        assertSame(text, PageTextCleanup.clean(text));
    }
}

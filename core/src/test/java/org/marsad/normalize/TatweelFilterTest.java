package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TatweelFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new TatweelFilter(), text);
    }

    @Test
    void removesStretchInsideWord() {
        assertEquals("كوريا", filter("كـــوريا"));
    }

    @Test
    void removesTextMadeOnlyOfTatweel() {
        assertEquals("", filter("ـــ"));
    }

    @Test
    void keepsDiacritics() {
        assertEquals("مُحَمَّد", filter("مُـحَمَّد"));
    }

    @Test
    void returnsLengthWithoutTatweel() {
        char[] buffer = "كـــوريا".toCharArray();
        assertEquals(5, new TatweelFilter().filter(buffer, buffer.length));
    }
}

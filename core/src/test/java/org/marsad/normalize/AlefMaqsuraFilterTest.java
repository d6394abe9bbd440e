package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlefMaqsuraFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new AlefMaqsuraFilter(), text);
    }

    @Test
    void foldsFinalAlefMaksuraToYeh() {
        assertEquals("مصطفي", filter("مصطفى"));
    }

    @Test
    void makesTheTwoSpellingsOfAPrepositionOne() {
        assertEquals(filter("علي"), filter("على"));
    }

    @Test
    void keepsYehAndAlef() {
        assertEquals("علي ابو", filter("علي ابو"));
    }
}

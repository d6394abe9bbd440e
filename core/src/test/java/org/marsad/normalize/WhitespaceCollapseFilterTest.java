package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceCollapseFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new WhitespaceCollapseFilter(), text);
    }

    @Test
    void trimsAndCollapsesSpacesTabsAndLineBreaks() {
        assertEquals("كوريا الشمالية", filter("  كوريا \t\n الشمالية \n"));
    }

    @Test
    void treatsNoBreakSpaceAsWhitespace() {
        assertEquals("10 يونيو", filter("10\u00A0\u00A0يونيو\u202F"));
    }

    @Test
    void turnsBlankTextIntoEmpty() {
        assertEquals("", filter(" \t\n "));
    }

    @Test
    void keepsSingleSpacedText() {
        assertEquals("كوريا الشمالية", filter("كوريا الشمالية"));
    }
}

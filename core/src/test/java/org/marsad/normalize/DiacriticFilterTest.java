package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiacriticFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new DiacriticFilter(), text);
    }

    @Test
    void removesHarakatAndShadda() {
        assertEquals("محمد", filter("مُحَمَّد"));
    }

    @Test
    void removesTanween() {
        assertEquals("شكرا", filter("شكرًا"));
    }

    @Test
    void removesSuperscriptAlef() {
        assertEquals("هذا", filter("هٰذا"));
    }

    @Test
    void removesCombiningHamzaAbove() {
        // In the key NFKC has already composed ا + U+0654 into أ; alone, the filter drops the mark.
        assertEquals("ا", filter("ا\u0654"));
    }

    @Test
    void removesQuranicSmallHighMarks() {
        assertEquals("قل من", filter("قُلۡ مِنۢ"));
    }

    @Test
    void removesQuranicPauseMarksButNotTheSpacesAroundThem() {
        assertEquals("ريب  فيه", filter("رَيْبَ ۛ فِيهِ"));
    }

    @Test
    void removesQuranicSmallLowMeem() {
        assertEquals("شهاب", filter("شِهَابٍۭ"));
    }

    @Test
    void keepsVisibleQuranicSigns() {
        assertEquals("۞ ۩ \u06DD", filter("۞ ۩ \u06DD"));
    }

    @Test
    void keepsHamzaLettersAndTatweel() {
        assertEquals("سؤال ـ رئيس", filter("سؤال ـ رئيس"));
    }

    @Test
    void returnsLengthWithoutRemovedMarks() {
        char[] buffer = "مُحَمَّد".toCharArray();
        assertEquals(4, new DiacriticFilter().filter(buffer, buffer.length));
    }
}

package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DigitFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new DigitFilter(), text);
    }

    @Test
    void foldsArabicIndicDigits() {
        assertEquals("2024", filter("٢٠٢٤"));
    }

    @Test
    void foldsPersianDigits() {
        assertEquals("2024", filter("۲۰۲۴"));
    }

    @Test
    void foldsEveryDigitToItsValue() {
        assertEquals("0123456789 0123456789", filter("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"));
    }

    @Test
    void foldsArabicDecimalSeparatorToDot() {
        assertEquals("3.5", filter("٣٫٥"));
    }

    @Test
    void foldsArabicThousandsSeparatorToComma() {
        assertEquals("1,000", filter("١٬٠٠٠"));
    }

    @Test
    void keepsArabicComma() {
        assertEquals("1، 2", filter("١، ٢"));
    }

    @Test
    void leavesWordsAroundDigitsAlone() {
        assertEquals("10 يونيو 2024", filter("10 يونيو ٢٠٢٤"));
    }
}

package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArabicLettersTest {

    private static void assertAllLetters(String text) {
        for (char c : text.toCharArray()) {
            assertTrue(ArabicLetters.isArabicLetter(c), () -> String.format("U+%04X should be a letter", (int) c));
        }
    }

    private static void assertNoLetters(String text) {
        for (char c : text.toCharArray()) {
            assertFalse(ArabicLetters.isArabicLetter(c), () -> String.format("U+%04X should not be a letter", (int) c));
        }
    }

    @Test
    void alphabetAndHamzaFormsAreLetters() {
        assertAllLetters("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةٱ");
    }

    @Test
    void persianUrduAndSupplementLettersAreLetters() {
        assertAllLetters("پچژگکیڤہھەۀݐࢠ");
    }

    @Test
    void presentationFormsAreLetters() {
        assertAllLetters("ﺑﻮﺗﻴﻦﻻﷲ");
    }

    @Test
    void tatweelIsALetter() {
        assertTrue(ArabicLetters.isArabicLetter(ArabicLetters.TATWEEL));
    }

    @Test
    void marksAreNotLetters() {
        assertNoLetters("\u064E\u0651\u0652\u0670\u06E1\u0654");
    }

    @Test
    void digitsAndPunctuationAreNotLetters() {
        assertNoLetters("٢۲،؛؟۔٫\u06DD\uFDFC\uFD3E");
    }

    @Test
    void byteOrderMarkIsNotALetter() {
        assertFalse(ArabicLetters.isArabicLetter('\uFEFF'));
    }

    @Test
    void latinIsNotArabic() {
        assertNoLetters("aZé ");
    }
}

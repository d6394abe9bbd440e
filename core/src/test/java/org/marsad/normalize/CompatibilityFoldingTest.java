package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

class CompatibilityFoldingTest {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Test
    void foldsPresentationFormsToLetters() {
        assertEquals("بوتين", CompatibilityFolding.fold("ﺑﻮﺗﻴﻦ"));
    }

    @Test
    void foldsLamAlefLigatures() {
        assertEquals("لا لأ", CompatibilityFolding.fold("ﻻ ﻷ"));
    }

    @Test
    void expandsAllahLigature() {
        assertEquals("الله", CompatibilityFolding.fold("ﷲ"));
    }

    @Test
    void composesAlefAndCombiningHamza() {
        assertEquals("أحمد", CompatibilityFolding.fold("ا\u0654حمد"));
    }

    @Test
    void attachesSpacingFathatanToLetterBeforeIt() {
        assertEquals("كتابًا", CompatibilityFolding.fold("ﻛﺘﺎﺑﹰﺎ"));
    }

    @Test
    void attachesSpacingShaddaLigatureToLetterBeforeIt() {
        assertEquals("محم\u064E\u0651د", CompatibilityFolding.fold("محم\uFC60د"));
    }

    @Test
    void quickCheckPassesPlainNewsText() {
        assertTrue(CompatibilityFolding.isFolded("الرئيس الروسي يستعد لزيارة كوريا الشمالية، 10 يونيو ٢٠٢٤ GMT"));
    }

    @Test
    void quickCheckFailsPresentationForms() {
        assertFalse(CompatibilityFolding.isFolded("ﻻ"));
    }

    /**
     * The fast path is only sound if "quick check says yes" implies "NFKC changes nothing". This
     * checks it for every BMP char between two Arabic letters, and for every pair of chars of the
     * Arabic block, where composition and reordering of marks happen.
     */
    @Test
    void quickCheckYesMeansNfkcChangesNothing() {
        int checked = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                checked += assertFastPathSound("ب" + c + "ا");
            }
        }
        for (char a = '\u0600'; a <= '\u06FF'; a++) {
            for (char b = '\u0600'; b <= '\u06FF'; b++) {
                checked += assertFastPathSound("ب" + a + b);
            }
        }
        assertTrue(checked > 100_000, "too few texts took the fast path: " + checked);
    }

    private static int assertFastPathSound(String text) {
        if (!CompatibilityFolding.isFolded(text)) {
            return 0;
        }
        assertEquals(text, NFKC.normalize(text), () -> "quick check passed a text NFKC changes: " + hex(text));
        return 1;
    }

    /** The fourteen presentation forms of a haraka that NFKC writes as a space and the mark. */
    private static boolean isSpacingHaraka(char c) {
        return (c >= '\uFC5E' && c <= '\uFC63') || (c >= '\uFE70' && c <= '\uFE7E' && c % 2 == 0);
    }

    @Test
    void foldEqualsNfkcForEveryBmpCharExceptSpacingHarakat() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String text = "ب" + c;
            String expected = isSpacingHaraka(c)
                    ? NFKC.normalize("ب" + NFKC.normalize(String.valueOf(c)).substring(1))
                    : NFKC.normalize(text);
            assertEquals(expected, CompatibilityFolding.fold(text), () -> "differs from NFKC for " + hex(text));
        }
    }

    @Test
    void spacingHarakatAreExactlyTheFormsNfkcWritesAsSpaceAndMark() {
        for (char form = '\uFB50'; form <= '\uFEFF'; form++) {
            char c = form;
            String nfkc = NFKC.normalize(String.valueOf(c));
            boolean spaceAndMark = nfkc.length() > 1 && nfkc.charAt(0) == ' '
                    && Character.getType(nfkc.charAt(1)) == Character.NON_SPACING_MARK
                    && Character.UnicodeBlock.of(nfkc.charAt(1)) == Character.UnicodeBlock.ARABIC;
            assertEquals(isSpacingHaraka(c), spaceAndMark, () -> hex(String.valueOf(c)));
        }
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString().trim();
    }
}

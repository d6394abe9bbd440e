package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private static String key(String text) {
        return NORMALIZER.key(text);
    }

    // display

    @Test
    void displayRemovesRightToLeftMarkInsideWord() {
        assertEquals("بوتين", NORMALIZER.display("بو\u200Fتين"));
    }

    @Test
    void displayMapsNoBreakSpaceToSpace() {
        assertEquals("10 يونيو", NORMALIZER.display("10\u00A0يونيو"));
    }

    @Test
    void displayKeepsDiacriticsAndTatweel() {
        assertEquals("مُحَمَّد كـــوريا", NORMALIZER.display("مُحَمَّد كـــوريا"));
    }

    @Test
    void displayKeepsHamzaFormsPersianLettersDigitsAndPresentationForms() {
        assertEquals("أحمد کوریا ٢٠٢٤ ۲۰۲۴ ﻻ", NORMALIZER.display("أحمد کوریا ٢٠٢٤ ۲۰۲۴ ﻻ"));
    }

    @Test
    void displayKeepsRunsOfSpaces() {
        assertEquals("  كوريا  \t الشمالية ", NORMALIZER.display("  كوريا  \t الشمالية "));
    }

    @Test
    void collapseWhitespaceTrimsAndCollapses() {
        assertEquals("كوريا الشمالية", NORMALIZER.collapseWhitespace(" \u00A0كوريا \t\n الشمالية  "));
    }

    // key: the examples the stage exists for

    @Test
    void keyDropsHamzaFromAlef() {
        assertEquals("احمد", key("أحمد"));
    }

    @Test
    void keyKeepsHamzaOnYeh() {
        assertEquals("اسرائيل", key("إسرائيل"));
    }

    @Test
    void keyRemovesHarakat() {
        assertEquals("محمد", key("مُحَمَّد"));
    }

    @Test
    void keyRemovesTatweel() {
        assertEquals("كوريا", key("كـــوريا"));
    }

    @Test
    void keyOfPersianSpellingEqualsKeyOfArabicSpelling() {
        assertEquals(key("كوريا الشمالية"), key("کوریا الشمالیة"));
    }

    @Test
    void keyFoldsTehMarbutaAndPersianYeh() {
        assertEquals("كوريا الشماليه", key("کوریا الشمالیة"));
    }

    @Test
    void keyFoldsArabicIndicDigits() {
        assertEquals("2024", key("٢٠٢٤"));
    }

    @Test
    void keyFoldsPersianDigits() {
        assertEquals("2024", key("۲۰۲۴"));
    }

    @Test
    void keyOfPresentationFormsEqualsKeyOfLetters() {
        assertEquals(key("بوتين"), key("ﺑﻮﺗﻴﻦ"));
    }

    @Test
    void keyUnfoldsLamAlefLigature() {
        assertEquals("لا", key("ﻻ"));
    }

    @Test
    void keyUnfoldsLamAlefWithHamzaLigatureAndDropsTheHamza() {
        assertEquals("لا", key("ﻷ"));
    }

    @Test
    void keyExpandsLigatureLongerThanTheInput() {
        assertEquals("صلي الله عليه وسلم", key("ﷺ"));
    }

    @Test
    void keyAttachesSpacingHarakaToLetterBeforeDroppingIt() {
        assertEquals("كتابا", key("ﻛﺘﺎﺑﹰﺎ"));
    }

    @Test
    void keyRemovesRightToLeftMarkInsideWord() {
        assertEquals("بوتين", key("بو\u200Fتين"));
    }

    @Test
    void keyMapsNoBreakSpaceToSpace() {
        assertEquals("10 يونيو", key("10\u00A0يونيو"));
    }

    @Test
    void keyLowercasesLatin() {
        assertEquals("gmt", key("GMT"));
    }

    @Test
    void keyLowercasesFullwidthLatin() {
        assertEquals("gmt", key("ＧＭＴ"));
    }

    @Test
    void keyKeepsHamzaOnWawWrittenAsCombiningMark() {
        // NFKC composes و + U+0654 into ؤ before the diacritic filter could strip the hamza.
        assertEquals("مسؤول", key("مسو\u0654ول"));
    }

    @Test
    void keyComposesLetterAndAccentAcrossRemovedZeroWidthSpace() {
        assertEquals("josé", key("JOSE\u200B\u0301"));
    }

    @Test
    void keyFoldsAHeadline() {
        assertEquals("الرئيس الروسي يستعد لزياره كوريا الشماليه وفيتنام",
                key("الرئيس الروسي يستعد لزيارة كوريا الشمالية وفيتنام"));
    }

    @Test
    void keyReturnsSameContentWhenNothingChanges() {
        assertEquals("احمد وصل في 10 يونيو 2024 gmt", key("احمد وصل في 10 يونيو 2024 gmt"));
    }

    @Test
    void keyAcceptsAnyCharSequence() {
        assertEquals("احمد", NORMALIZER.key(new StringBuilder("أحمد")));
    }

    @Test
    void keyIsIdempotent() {
        List<String> sentences = List.of(
                "قال الرئيس الأمريكي جو بايدن، يوم الإثنين ١٠ يونيو ٢٠٢٤، إن \u202AGMT\u202C",
                "ﺑﻮﺗﻴﻦ ﻻ ﻳﺰﻭﺭ ﻛﻮﺭﻳﺎ ﻛﺘﺎﺑﹰﺎ ﷺ ﷲ",
                "کوریا الشمالیة تستقبل پوتین في ۲۰۲۴\u00A0م",
                "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ ۝١ قُلۡ مِنۢ",
                "كـــوريا\u200F إسرائيل مسو\u0654ول ÉCOLE Ｚürich JOSE\u200B\u0301 ٣٫٥ ١٬٠٠٠");
        for (String sentence : sentences) {
            String once = key(sentence);
            assertEquals(once, key(once), () -> "not idempotent: " + sentence);
        }
    }

    // filterKey

    @Test
    void filterKeyWorksInPlaceAndLeavesTheRestOfTheBuffer() {
        char[] buffer = "أحمدXYZ".toCharArray();
        int length = NORMALIZER.filterKey(buffer, 4);
        assertEquals("احمدXYZ", new String(buffer));
        assertEquals(4, length);
    }

    @Test
    void filterKeyReturnsLengthWithoutRemovedChars() {
        char[] buffer = "مُحَمَّد كـــوريا".toCharArray();
        int length = NORMALIZER.filterKey(buffer, buffer.length);
        assertEquals("محمد كوريا", new String(buffer, 0, length));
    }

    @Test
    void filterKeyDoesNotApplyNfkc() {
        char[] buffer = "ﻻ".toCharArray();
        assertEquals("ﻻ", new String(buffer, 0, NORMALIZER.filterKey(buffer, buffer.length)));
    }

    @Test
    void filterKeyRejectsLengthBeyondBuffer() {
        assertThrows(IndexOutOfBoundsException.class, () -> NORMALIZER.filterKey(new char[3], 4));
    }

    // the instance

    @Test
    void standardIsShared() {
        assertSame(ArabicNormalizer.standard(), ArabicNormalizer.standard());
    }

    @Test
    void keyRejectsNullNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> NORMALIZER.key(null));
        assertEquals("text", e.getMessage());
    }
}

package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateParserTest {

    private static final PublicationDateParser PARSER = new PublicationDateParser();
    private static final Optional<LocalDate> JUNE_10 = Optional.of(LocalDate.of(2024, 6, 10));
    private static final Optional<LocalDate> NONE = Optional.empty();

    private static Optional<LocalDate> parse(String text) {
        return PARSER.parse(text);
    }

    // English

    @Test
    void ordinalDayCommaMonthYear() {
        assertEquals(JUNE_10, parse("تاريخ النشر: 10th, June 2024 GMT"));
    }

    @Test
    void monthDayCommaYear() {
        assertEquals(JUNE_10, parse("June 10, 2024"));
    }

    @Test
    void dayMonthYear() {
        assertEquals(JUNE_10, parse("10 June 2024"));
    }

    @Test
    void abbreviatedMonthDayYear() {
        assertEquals(JUNE_10, parse("Jun 10 2024"));
    }

    @Test
    void abbreviatedMonthWithDot() {
        assertEquals(Optional.of(LocalDate.of(2023, 9, 11)), parse("Sept. 11, 2023"));
    }

    @Test
    void weekdayDateAndTime() {
        assertEquals(JUNE_10, parse("Monday, 10 June 2024 12:30"));
    }

    @Test
    void ordinalOfMonth() {
        assertEquals(JUNE_10, parse("the 10th of June 2024"));
    }

    @Test
    void dashedDayAbbreviatedMonthYear() {
        assertEquals(JUNE_10, parse("10-Jun-2024"));
    }

    @Test
    void monthOrdinalDay() {
        assertEquals(Optional.of(LocalDate.of(2023, 9, 11)), parse("September 11th, 2023"));
    }

    @Test
    void frenchMonth() {
        assertEquals(Optional.of(LocalDate.of(2024, 8, 1)), parse("le 1er août 2024"));
    }

    // Arabic

    @Test
    void arabicDayMonthYear() {
        assertEquals(JUNE_10, parse("10 يونيو 2024"));
    }

    @Test
    void arabicWeekdayDateAndTime() {
        assertEquals(JUNE_10, parse("الاثنين 10 يونيو 2024 - 10:30 م"));
    }

    @Test
    void levantineThenEgyptianName() {
        assertEquals(JUNE_10, parse("10 حزيران/يونيو 2024"));
    }

    @Test
    void egyptianThenLevantineName() {
        assertEquals(JUNE_10, parse("10 يونيو/حزيران 2024"));
    }

    @Test
    void secondNameInParentheses() {
        assertEquals(JUNE_10, parse("10 يونيو (حزيران) 2024"));
    }

    @Test
    void twoNamesThatDisagreeAreNoDate() {
        assertEquals(NONE, parse("10 يونيو/تموز 2024"));
    }

    @Test
    void twoWordLevantineMonth() {
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), parse("15 كانون الثاني 2024"));
    }

    @Test
    void twoWordLevantineMonthWithoutArticle() {
        assertEquals(Optional.of(LocalDate.of(2023, 12, 3)), parse("3 كانون أول 2023"));
    }

    @Test
    void arabicIndicDigits() {
        assertEquals(JUNE_10, parse("١٠ يونيو ٢٠٢٤"));
    }

    @Test
    void persianDigits() {
        assertEquals(JUNE_10, parse("۱۰ يونيو ۲۰۲۴"));
    }

    @Test
    void maghrebiMonth() {
        assertEquals(JUNE_10, parse("10 جوان 2024"));
    }

    @Test
    void moroccanMonth() {
        assertEquals(Optional.of(LocalDate.of(2023, 9, 11)), parse("11 شتنبر 2023"));
    }

    @Test
    void weekdayWithArabicComma() {
        assertEquals(Optional.of(LocalDate.of(2024, 6, 9)), parse("الأحد، 9 يونيو 2024"));
    }

    @Test
    void hamzaVariantOfMonth() {
        assertEquals(Optional.of(LocalDate.of(2019, 4, 25)), parse("فلاديفوستوك، روسيا، 25 ابريل 2019. الصورة: سبوتنيك"));
    }

    @Test
    void yearGluedToCommonEra() {
        assertEquals(JUNE_10, parse("10 يونيو 2024م"));
    }

    @Test
    void vocalisedMonthName() {
        assertEquals(JUNE_10, parse("10 يُونْيُو 2024"));
    }

    // Numeric

    @Test
    void yearFirstWithSlashes() {
        assertEquals(JUNE_10, parse("2024/06/10"));
    }

    @Test
    void yearFirstWithDashes() {
        assertEquals(JUNE_10, parse("2024-06-10"));
    }

    @Test
    void isoTimestamp() {
        assertEquals(JUNE_10, parse("2024-06-10T08:30:00Z"));
    }

    @Test
    void dayFirstWithSlashes() {
        assertEquals(JUNE_10, parse("10/06/2024"));
    }

    @Test
    void dayFirstWithDashes() {
        assertEquals(JUNE_10, parse("10-06-2024"));
    }

    @Test
    void dayFirstWithDots() {
        assertEquals(JUNE_10, parse("10.06.2024"));
    }

    @Test
    void arabicIndicNumericDate() {
        assertEquals(JUNE_10, parse("١٠/٦/٢٠٢٤"));
    }

    @Test
    void ambiguousNumericDateIsReadDayFirst() {
        assertEquals(Optional.of(LocalDate.of(2024, 6, 5)), parse("05/06/2024"));
    }

    @Test
    void secondNumberAboveTwelveIsReadMonthFirst() {
        assertEquals(Optional.of(LocalDate.of(2024, 6, 15)), parse("06/15/2024"));
    }

    @Test
    void firstNumberAboveTwelveIsReadDayFirst() {
        assertEquals(Optional.of(LocalDate.of(2024, 6, 15)), parse("15/06/2024"));
    }

    @Test
    void mixedSeparatorsAreNoDate() {
        assertEquals(NONE, parse("10/06-2024"));
    }

    @Test
    void spacedNumbersAreNoDate() {
        assertEquals(NONE, parse("10 / 06 / 2024"));
    }

    @Test
    void longerNumberChainIsNoDate() {
        assertEquals(NONE, parse("192.10.06.2024"));
    }

    // Hijri

    @Test
    void hijriBesideGregorianGivesGregorian() {
        assertEquals(JUNE_10, parse("الاثنين 4 ذو الحجة 1445 هـ - 10 يونيو 2024 م"));
    }

    @Test
    void gregorianBeforeHijriGivesGregorian() {
        assertEquals(JUNE_10, parse("10 يونيو 2024 م الموافق 4 ذي الحجة 1445 هـ"));
    }

    @Test
    void hijriOnlyIsConvertedWithUmmAlQura() {
        assertEquals(JUNE_10, parse("الاثنين 4 ذو الحجة 1445 هـ"));
    }

    @Test
    void hijriRamadanStart() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 11)), parse("1 رمضان 1445"));
    }

    @Test
    void numericHijriDateWithEra() {
        assertEquals(JUNE_10, parse("1445/12/04 هـ"));
    }

    @Test
    void hijriThirtiethOfThirtyDayMonth() {
        assertEquals(Optional.of(LocalDate.of(2024, 7, 6)), parse("30 ذو الحجة 1445 هـ"));
    }

    @Test
    void gregorianMonthWithHijriEraIsNoDate() {
        assertEquals(NONE, parse("10 يونيو 2024 هـ"));
    }

    @Test
    void hijriThirtiethOfTwentyNineDayMonthIsNoDate() {
        // Shawwal 1445 has 29 days in the Umm al-Qura calendar.
        assertEquals(NONE, parse("30 شوال 1445 هـ"));
    }

    // Rejections and order

    @Test
    void thirtyFirstOfFebruaryIsRejected() {
        assertEquals(NONE, parse("31 فبراير 2024"));
    }

    @Test
    void leapDayIsAccepted() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), parse("29 فبراير 2024"));
    }

    @Test
    void leapDayOfCommonYearIsRejected() {
        assertEquals(NONE, parse("29 فبراير 2023"));
    }

    @Test
    void monthThirteenIsRejected() {
        assertEquals(NONE, parse("2024-13-10"));
    }

    @Test
    void yearBefore1900IsRejected() {
        assertEquals(NONE, parse("10 يونيو 1850"));
    }

    @Test
    void yearAfter2100IsRejected() {
        assertEquals(NONE, parse("10/06/2150"));
    }

    @Test
    void twoDigitYearIsRejected() {
        assertEquals(NONE, parse("10/06/24"));
    }

    @Test
    void twoDigitYearWithMonthNameIsRejected() {
        assertEquals(NONE, parse("10 يونيو 24"));
    }

    @Test
    void invalidDateIsSkippedForTheNextOne() {
        assertEquals(JUNE_10, parse("31 فبراير 2024 ثم 10 يونيو 2024"));
    }

    @Test
    void firstDateWins() {
        assertEquals(Optional.of(LocalDate.of(2023, 9, 11)), parse("نشر 11 سبتمبر 2023 وحدث 10 يونيو 2024"));
    }

    @Test
    void monthAndYearWithoutDayIsNoDate() {
        assertEquals(NONE, parse("في يوليو 2000"));
    }

    @Test
    void dayAndMonthWithoutYearIsNoDate() {
        assertEquals(NONE, parse("في 11 سبتمبر/أيلول أن الزعيم"));
    }

    @Test
    void lineWithoutDigitsIsNoDate() {
        assertEquals(NONE, parse("المصدر: البوابة نيوز"));
    }

    @Test
    void timeAloneIsNoDate() {
        assertEquals(NONE, parse("10:30 م"));
    }

    @Test
    void emptyLineIsNoDate() {
        assertEquals(NONE, parse(""));
    }
}

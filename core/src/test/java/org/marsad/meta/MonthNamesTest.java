package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

class MonthNamesTest {

    private static final MonthNames MONTHS = MonthNames.standard();

    @Test
    void egyptianName() {
        assertEquals(6, MONTHS.month("يونيو"));
    }

    @Test
    void egyptianVariantSpelling() {
        assertEquals(6, MONTHS.month("يونيه"));
    }

    @Test
    void hamzaOnAlefDoesNotMatter() {
        assertEquals(4, MONTHS.month("ابريل"));
    }

    @Test
    void hamzaBelowAlefDoesNotMatter() {
        assertEquals(4, MONTHS.month("إبريل"));
    }

    @Test
    void persianYehDoesNotMatter() {
        assertEquals(2, MONTHS.month("فبرایر"));
    }

    @Test
    void levantineName() {
        assertEquals(6, MONTHS.month("حزيران"));
    }

    @Test
    void levantineMaddaAlef() {
        assertEquals(8, MONTHS.month("آب"));
    }

    @Test
    void levantineTwoWordName() {
        assertEquals(1, MONTHS.month("كانون الثاني"));
    }

    @Test
    void levantineTwoWordNameWithExtraSpace() {
        assertEquals(12, MONTHS.month("كانون  الأول"));
    }

    @Test
    void maghrebiName() {
        assertEquals(7, MONTHS.month("جويلية"));
    }

    @Test
    void maghrebiAugust() {
        assertEquals(8, MONTHS.month("أوت"));
    }

    @Test
    void moroccanName() {
        assertEquals(12, MONTHS.month("دجنبر"));
    }

    @Test
    void moroccanAugust() {
        assertEquals(8, MONTHS.month("غشت"));
    }

    @Test
    void englishNameIgnoresCase() {
        assertEquals(1, MONTHS.month("JANUARY"));
    }

    @Test
    void englishAbbreviation() {
        assertEquals(9, MONTHS.month("Sept"));
    }

    @Test
    void frenchAccentedName() {
        assertEquals(2, MONTHS.month("février"));
    }

    @Test
    void frenchUnaccentedName() {
        assertEquals(2, MONTHS.month("fevrier"));
    }

    @Test
    void unknownWord() {
        assertEquals(0, MONTHS.month("الاثنين"));
    }

    @Test
    void hijriNameIsNoGregorianMonth() {
        assertEquals(0, MONTHS.month("رمضان"));
    }

    @Test
    void hijriMonth() {
        assertEquals(12, MONTHS.hijriMonth("ذو الحجة"));
    }

    @Test
    void hijriMonthGenitiveForm() {
        assertEquals(12, MONTHS.hijriMonth("ذي الحجة"));
    }

    @Test
    void hijriMonthWithAlefMaqsuraFolded() {
        assertEquals(5, MONTHS.hijriMonth("جمادي الاولي"));
    }

    @Test
    void gregorianNameIsNoHijriMonth() {
        assertEquals(0, MONTHS.hijriMonth("يونيو"));
    }

    @Test
    void conflictingRowsNameTheLine() {
        List<TsvRow> rows = TsvResource.parse("months.tsv",
                List.of("# month\tcalendar\tname", "6\tgregorian\tيونيو", "7\tgregorian\tيونيو"), 3);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> MonthNames.fromRows(rows));
        assertEquals("months.tsv line 3: 'يونيو' already names month 6 of the gregorian calendar", error.getMessage());
    }

    @Test
    void unknownCalendarNamesTheLine() {
        List<TsvRow> rows = TsvResource.parse("months.tsv", List.of("6\tjulian\tيونيو"), 3);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> MonthNames.fromRows(rows));
        assertEquals("months.tsv line 1: calendar 'julian' is neither gregorian nor hijri", error.getMessage());
    }

    @Test
    void monthOutOfRangeNamesTheLine() {
        List<TsvRow> rows = TsvResource.parse("months.tsv", List.of("13\tgregorian\tيونيو"), 3);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> MonthNames.fromRows(rows));
        assertEquals("months.tsv line 1: month 13 is outside 1..12", error.getMessage());
    }
}

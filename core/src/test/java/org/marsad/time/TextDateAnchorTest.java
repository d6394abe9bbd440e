package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The publication date an undated text states, on sentences written for these tests. */
class TextDateAnchorTest {

    private static LocalDate anchor(String text) {
        return TextDateAnchor.standard().anchor(text, TemporalTagger.standard().tag(text, null));
    }

    @Test
    void todayBeforeAFullDateAnchorsOnIt() {
        assertEquals(LocalDate.of(2024, 6, 17), anchor("أعلنت الحكومة اليوم الاثنين 17 يونيو 2024 عن خطة جديدة."));
    }

    @Test
    void yesterdayBeforeAFullDateAnchorsOnTheDayAfter() {
        assertEquals(LocalDate.of(2024, 6, 17), anchor("وقال الوزير أمس الأحد 16 يونيو 2024 إن المفاوضات مستمرة."));
    }

    @Test
    void aWeekdayThatIsNotTheDatesAnchorsNothing() {
        assertNull(anchor("أعلنت الحكومة اليوم الثلاثاء 17 يونيو 2024 عن خطة جديدة."));
    }

    @Test
    void aDateWithoutADayWordIsWhenSomethingHappenedNotWhenTheTextWasWritten() {
        assertNull(anchor("في 7 أكتوبر 2023 بدأت الحرب، وما زالت مستمرة."));
    }

    @Test
    void aDayWordInAnotherSentenceDoesNotReach() {
        assertNull(anchor("وصل الوفد اليوم.\n17 يونيو 2024 موعد القمة."));
    }

    @Test
    void twoStatedDaysThatDisagreeAnchorNothing() {
        assertNull(anchor("قال الوزير اليوم الاثنين 17 يونيو 2024 إن الوفد وصل. وأعلن اليوم الثلاثاء 18 يونيو 2024 موعد القمة."));
    }

    @Test
    void aMonthWithoutYearOrDayAnchorsNothing() {
        assertNull(anchor("وصل الوفد اليوم في شهر يونيو."));
    }
}

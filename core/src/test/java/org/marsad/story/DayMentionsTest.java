package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DayMentionsTest {

    @Test
    void aDayNumberBeforeAMonthNameIsADay() {
        assertEquals(Set.of(MonthDay.of(9, 11), MonthDay.of(6, 10)),
                DayMentions.of("أعلن الكرملين في 11 سبتمبر/أيلول أن الزيارة تلي لقاء 10 حزيران الماضي"));
    }

    @Test
    void numbersWithoutAMonthAreNoDays() {
        assertEquals(Set.of(), DayMentions.of("قتل 11 شخصا وأصيب 30 في سبتمبر"));
    }

    @Test
    void aDayMatchesASpanWithinOneDayInAnyYear() {
        Set<MonthDay> days = Set.of(MonthDay.of(9, 11));
        assertTrue(DayMentions.within(days, LocalDate.of(2023, 9, 12), LocalDate.of(2023, 9, 14)));
        assertFalse(DayMentions.within(days, LocalDate.of(2023, 9, 13), LocalDate.of(2023, 9, 14)));
    }
}

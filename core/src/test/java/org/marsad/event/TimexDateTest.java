package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TimexDateTest {

    @Test
    void readsEachGranularity() {
        assertEquals(new TimexDate(2024, 6, 18), TimexDate.parse("2024-06-18"));
        assertEquals(new TimexDate(2024, 6, 0), TimexDate.parse("2024-06"));
        assertEquals(new TimexDate(2000, 0, 0), TimexDate.parse("2000"));
        assertEquals(new TimexDate(0, 9, 11), TimexDate.parse("XXXX-09-11"));
        assertEquals(new TimexDate(2024, 6, 8), TimexDate.parse("2024-06-08TMO"));
    }

    @Test
    void valuesThatAreNoCalendarDateAreNull() {
        for (String v : new String[] {"PAST_REF", "P24Y", "XXXX", "XXXX-WXX-2", "XXXX-XX-XX", "2024-W25", "2024-13", "", null}) {
            assertNull(TimexDate.parse(v), v);
        }
    }

    @Test
    void aMonthIsCompatibleWithItsDaysAndAnUnknownYearWithAnyYear() {
        assertTrue(TimexDate.parse("2024-06").compatible(TimexDate.parse("2024-06-19")));
        assertTrue(TimexDate.parse("XXXX-06").compatible(TimexDate.parse("2024-06-19")));
        assertFalse(TimexDate.parse("2024-06").compatible(TimexDate.parse("2024-07-01")));
        assertFalse(TimexDate.parse("2023-09").compatible(TimexDate.parse("2024-09")));
    }

    @Test
    void fillTakesTheMissingParts() {
        assertEquals("2024-06-19", TimexDate.parse("XXXX-06-19").fill(TimexDate.parse("2024-06")).value());
        assertEquals("2024-06", TimexDate.parse("2024").fill(TimexDate.parse("XXXX-06")).value());
    }

    @Test
    void beforeAndAfterNeedTheWholePeriod() {
        LocalDate published = LocalDate.of(2024, 6, 10);
        assertFalse(TimexDate.parse("2024-06").before(published));
        assertFalse(TimexDate.parse("2024-06").after(published));
        assertTrue(TimexDate.parse("2024-05").before(published));
        assertTrue(TimexDate.parse("2024-06-18").after(published));
        assertFalse(TimexDate.parse("XXXX-01").before(published));
    }
}

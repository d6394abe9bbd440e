package org.marsad.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TimexPeriodTest {

    @Test
    void dayMonthAndYear() {
        assertEquals(new TimexPeriod(LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 19), TimexPeriod.Granularity.DAY),
                TimexPeriod.parse("2024-06-19"));
        assertEquals(new TimexPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), TimexPeriod.Granularity.MONTH),
                TimexPeriod.parse("2024-02"));
        assertEquals(new TimexPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31), TimexPeriod.Granularity.YEAR),
                TimexPeriod.parse("2000"));
    }

    @Test
    void valuesWithoutAFixedPeriod() {
        assertNull(TimexPeriod.parse("XXXX-06"));
        assertNull(TimexPeriod.parse("2024-W25"));
        assertNull(TimexPeriod.parse("PAST_REF"));
        assertNull(TimexPeriod.parse("2024-13"));
        assertNull(TimexPeriod.parse("2023-02-29"));
        assertNull(TimexPeriod.parse(null));
    }

    @Test
    void labelsAtTheirGranularity() {
        Labels labels = Labels.load();
        assertEquals("19 يونيو 2024", labels.timexDate("2024-06-19"));
        assertEquals("يونيو 2024", labels.timexDate("2024-06"));
        assertEquals("2000", labels.timexDate("2000"));
        assertEquals("2024-W25", labels.timexDate("2024-W25"));
    }
}

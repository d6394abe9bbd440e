package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsInputsAndOptionsInAnyOrder() {
        JobOptions o = JobOptions.parse("a", "--out", "dir", "b", "--cores", "2", "--compare-embedded");
        assertEquals(List.of("a", "b"), o.inputs());
        assertEquals("dir", o.out());
        assertEquals(2, o.cores());
        assertTrue(o.compareEmbedded());
    }

    @Test
    void refusesAMissingOutOrInput() {
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("a"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "dir"));
    }

    @Test
    void namesTheBadValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("a", "--out", "d", "--cores", "0"));
        assertTrue(e.getMessage().contains("--cores") && e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("a", "--out", "d", "--frobnicate"));
    }

    @Test
    void slicesOverlapByDefaultAndTheOverlapCanBeOff() {
        JobOptions cut = JobOptions.parse("a", "--out", "d", "--max-group", "4000");
        assertEquals(4000, cut.maxGroup());
        assertEquals(JobOptions.DEFAULT_OVERLAP_DAYS, cut.overlapDays());
        assertEquals(0, cut.maxPrefix());
        JobOptions plain = JobOptions.parse("a", "--out", "d", "--max-group", "4000", "--overlap-days", "0", "--max-prefix", "100");
        assertEquals(0, plain.overlapDays());
        assertEquals(100, plain.maxPrefix());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("a", "--out", "d", "--overlap-days", "-1"));
    }
}

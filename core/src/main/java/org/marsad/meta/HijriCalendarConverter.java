package org.marsad.meta;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Converts Hijri dates to Gregorian ones with the Umm al-Qura calendar, the official calendar of
 * Saudi Arabia and the one Gulf papers print beside the Gregorian date.
 */
public final class HijriCalendarConverter {

    /** ICU's Umm al-Qura tables cover these years; outside them it silently falls back to arithmetic. */
    static final int FIRST_UMM_AL_QURA_YEAR = 1300;
    static final int LAST_UMM_AL_QURA_YEAR = 1600;
    /** The Julian day number of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private HijriCalendarConverter() {
    }

    /** The Gregorian date of Hijri {@code day}/{@code month}/{@code year}, or null when there is no such day. */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (year < FIRST_UMM_AL_QURA_YEAR || year > LAST_UMM_AL_QURA_YEAR) {
            return null;
        }
        // ICU calendars are mutable and not thread-safe: one per conversion, which is rare
        // (only for lines that carry a Hijri date and no Gregorian one).
        IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        calendar.clear();
        calendar.set(year, month - 1, 1);
        if (day > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return null;
        }
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }
}

package org.marsad.meta;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A day, month and year read from text, in the calendar they were written in, not yet checked.
 *
 * @param year     as written (2024, or 1445 for a Hijri year)
 * @param month    1-based month number as written
 * @param day      day of the month as written
 * @param calendar the calendar of the three numbers
 */
record DateCandidate(int year, int month, int day, CalendarSystem calendar) {

    /** Publication dates outside this range are misreadings (a count, a price, a Hijri year). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final int MONTHS_IN_YEAR = 12;

    /** The Gregorian date this candidate denotes, or null when it is not a real date in range. */
    LocalDate toLocalDate() {
        if (month < 1 || month > MONTHS_IN_YEAR || day < 1) {
            return null;
        }
        LocalDate date = calendar == CalendarSystem.HIJRI
                ? HijriCalendarConverter.toGregorian(year, month, day)
                : gregorian();
        return date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? date : null;
    }

    private LocalDate gregorian() {
        if (year < FIRST_YEAR || year > LAST_YEAR || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}

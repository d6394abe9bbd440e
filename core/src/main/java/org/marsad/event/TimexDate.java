package org.marsad.event;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at the granularity a text gives it, read from a TIMEX3 value: {@code 2024-06-18},
 * {@code 2024-06}, {@code 2000}, or with the year unknown, {@code XXXX-09-11}, {@code XXXX-07} (a
 * month named without a year in an article without a publication date). A time of day is dropped
 * ({@code 2024-06-08TMO} is {@code 2024-06-08}). Weeks, references (PAST_REF), durations and values
 * with nothing but unknowns are not dates of this kind.
 *
 * @param year  the year, or 0 when unknown
 * @param month 1..12, or 0 when the value stops at the year
 * @param day   1..31, or 0 when the value stops at the month
 */
public record TimexDate(int year, int month, int day) implements Comparable<TimexDate> {

    private static final String UNKNOWN_YEAR = "XXXX";
    private static final int YEAR_LENGTH = 4;
    private static final int MONTH_END = 7;
    private static final int DAY_END = 10;

    /** The date of a TIMEX3 value, or null when the value is no calendar date with a known month or year. */
    public static TimexDate parse(String value) {
        if (value == null || value.length() < YEAR_LENGTH) {
            return null;
        }
        int year = value.startsWith(UNKNOWN_YEAR) ? 0 : digits(value, 0, YEAR_LENGTH);
        if (year < 0) {
            return null;
        }
        int month = 0;
        int day = 0;
        if (value.length() > YEAR_LENGTH) {
            if (value.charAt(YEAR_LENGTH) != '-' || value.length() < MONTH_END) {
                return null;
            }
            month = digits(value, YEAR_LENGTH + 1, MONTH_END);
            if (month < 1 || month > 12) {
                return null;
            }
            if (value.length() > MONTH_END) {
                if (value.charAt(MONTH_END) != '-' || value.length() < DAY_END) {
                    return null;
                }
                day = digits(value, MONTH_END + 1, DAY_END);
                if (day < 1 || day > 31 || value.length() > DAY_END && value.charAt(DAY_END) != 'T') {
                    return null;
                }
            }
        }
        if (year == 0 && month == 0) {
            return null;
        }
        return new TimexDate(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public boolean hasYear() {
        return year != 0;
    }

    /** 1 for a year, 2 for a month, 3 for a day. */
    public int precision() {
        return day != 0 ? 3 : month != 0 ? 2 : 1;
    }

    /**
     * Whether both can be the same day: every part known on both sides is equal. A month is
     * compatible with the days inside it, a year with its months, an unknown year with any year.
     */
    public boolean compatible(TimexDate other) {
        return (year == 0 || other.year == 0 || year == other.year)
                && (month == 0 || other.month == 0 || month == other.month)
                && (day == 0 || other.day == 0 || day == other.day);
    }

    /** This date with the parts it lacks taken from {@code other} (meant for a compatible one). */
    public TimexDate fill(TimexDate other) {
        int m = month != 0 ? month : other.month;
        return new TimexDate(year != 0 ? year : other.year, m, day != 0 ? day : m == other.month ? other.day : 0);
    }

    /** Whether the whole period ends before {@code date}; false when the year is unknown. */
    public boolean before(LocalDate date) {
        return hasYear() && last().isBefore(date);
    }

    /** Whether the whole period starts after {@code date}; false when the year is unknown. */
    public boolean after(LocalDate date) {
        return hasYear() && first().isAfter(date);
    }

    /** The first day of the period (the year must be known). */
    public LocalDate first() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day of the period (the year must be known). */
    public LocalDate last() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** The TIMEX3 value: {@code 2024-06-18}, {@code 2024-06}, {@code XXXX-07}. */
    public String value() {
        StringBuilder b = new StringBuilder(10);
        b.append(year == 0 ? UNKNOWN_YEAR : String.format("%04d", year));
        if (month != 0) {
            b.append('-').append(month < 10 ? "0" : "").append(month);
            if (day != 0) {
                b.append('-').append(day < 10 ? "0" : "").append(day);
            }
        }
        return b.toString();
    }

    /** Known years first in calendar order (a period before the days inside it), then unknown years by month and day. */
    @Override
    public int compareTo(TimexDate o) {
        if (hasYear() != o.hasYear()) {
            return hasYear() ? -1 : 1;
        }
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        return value();
    }
}

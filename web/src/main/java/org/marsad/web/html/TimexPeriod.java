package org.marsad.web.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar period a TIMEX3 date value names, for placing it on a time axis: {@code 2024-06-19}
 * is one day, {@code 2024-06} the days of June 2024, {@code 2024} the days of 2024. Values that name
 * no fixed period ({@code XXXX-06}, {@code PAST_REF}, weeks, durations) have none.
 *
 * @param first       the first day of the period
 * @param last        the last day of the period
 * @param granularity day, month or year
 */
public record TimexPeriod(LocalDate first, LocalDate last, Granularity granularity) {

    /** How precise a date value is. */
    public enum Granularity { DAY, MONTH, YEAR }

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The period of {@code value}, or null when it names none. */
    public static TimexPeriod parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new TimexPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new TimexPeriod(month.atDay(1), month.atEndOfMonth(), Granularity.MONTH);
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new TimexPeriod(day, day, Granularity.DAY);
        } catch (java.time.DateTimeException e) {
            return null; // 2024-13 or 2024-02-30: not a period, shown as written
        }
    }
}

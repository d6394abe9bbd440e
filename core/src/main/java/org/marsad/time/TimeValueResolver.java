package org.marsad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.marsad.meta.HijriCalendarConverter;

/**
 * Turns a {@link TimeMention} into a TIMEX3 type and value, given the anchor (the publication
 * date; may be null) and whether its clause speaks of the future.
 * <ul>
 *   <li>a month or day without a year: with a shift, the last one strictly before the anchor's
 *       month or day (الماضي), the next one strictly after (المقبل), the anchor's year (الجاري);
 *       otherwise the latest one not after the anchor, or in the future the first one not before it;</li>
 *   <li>weekdays the same way: الاثنين الماضي strictly before the anchor, الأحد المقبل strictly after,
 *       a bare weekday on or before it (on or after it in the future);</li>
 *   <li>units with a shift at their granularity: weeks as ISO weeks (2024-W25), months, years;</li>
 *   <li>قبل + duration at the unit's granularity; an hour or minute ago is PAST_REF;</li>
 *   <li>Hijri dates converted with the Umm al-Qura calendar; a Hijri date with no day or year has no value;</li>
 *   <li>a part of the day or a clock time makes a TIME: 2024-06-08TMO, 2024-06-18T10:30.</li>
 * </ul>
 * Without an anchor nothing is invented: the unknown parts are X (XXXX-09-11, XXXX-WXX-2).
 * Returns null for a mention with no value (31 فبراير). Stateless.
 */
final class TimeValueResolver {

    private static final String UNKNOWN_YEAR = "XXXX";
    private static final String UNKNOWN_DAY = "XXXX-XX-XX";
    private static final String PAST_REF = "PAST_REF";

    /** The type and value of a mention. */
    record Resolved(String type, String value) {
    }

    Resolved resolve(TimeMention m, LocalDate anchor, boolean future) {
        String date = switch (m.kind) {
            case CALENDAR -> calendar(m, anchor, future);
            case DAY_OFFSET -> anchor == null ? UNKNOWN_DAY : anchor.plusDays(m.offset).toString();
            case WEEKDAY -> weekday(m, anchor, future);
            case UNIT_SHIFT -> unitShift(m, anchor);
            case AGO -> ago(m, anchor);
            case DURATION -> null;
            case FIXED -> null;
            case CLOCK -> anchor == null ? UNKNOWN_DAY : anchor.toString();
            case DECADE -> m.value;
        };
        if (m.kind == TimeMention.Kind.DURATION) {
            return new Resolved(TimeExpression.DURATION, DurationValue.of(m.amount, m.unit));
        }
        if (m.kind == TimeMention.Kind.FIXED) {
            boolean set = m.value.startsWith("P") && !m.value.equals(PAST_REF) && !m.value.startsWith("PRESENT")
                    || m.value.startsWith("XXXX-WXX");
            return new Resolved(set ? TimeExpression.SET : TimeExpression.DATE, m.value);
        }
        if (date == null) {
            return null;
        }
        if (m.hour != TimeMention.NONE) {
            return new Resolved(TimeExpression.TIME, String.format("%sT%02d:%02d", date, m.hour, m.minute));
        }
        if (m.partOfDay != null) {
            return new Resolved(TimeExpression.TIME, date + "T" + m.partOfDay);
        }
        return new Resolved(TimeExpression.DATE, date);
    }

    private static String calendar(TimeMention m, LocalDate anchor, boolean future) {
        if (m.hijri) {
            if (m.day == TimeMention.NONE || m.year == TimeMention.NONE) {
                return null;
            }
            LocalDate date = HijriCalendarConverter.toGregorian(m.year, m.month, m.day);
            return date == null ? null : date.toString();
        }
        if (m.month == TimeMention.NONE) {
            return year(m.year);
        }
        int year = m.year;
        if (year == TimeMention.NONE && m.yearShift != TimeMention.NONE && anchor != null) {
            year = anchor.getYear() + m.yearShift;
        } else if (year == TimeMention.NONE && anchor != null) {
            year = m.offset != TimeMention.NONE ? shiftedYear(m, anchor) : tenseYear(m, anchor, future);
        }
        if (year == TimeMention.NONE) {
            return UNKNOWN_YEAR + monthAndDay(m);
        }
        if (m.day != TimeMention.NONE && !isDay(year, m.month, m.day)) {
            return null;
        }
        return year(year) + monthAndDay(m);
    }

    private static String monthAndDay(TimeMention m) {
        return m.day == TimeMention.NONE ? String.format("-%02d", m.month) : String.format("-%02d-%02d", m.month, m.day);
    }

    /** The year of a month (or day) with الماضي, المقبل or الجاري. */
    private static int shiftedYear(TimeMention m, LocalDate anchor) {
        int year = anchor.getYear();
        int here = m.day == TimeMention.NONE ? anchor.getMonthValue() * 100 : anchor.getMonthValue() * 100 + anchor.getDayOfMonth();
        int there = m.day == TimeMention.NONE ? m.month * 100 : m.month * 100 + m.day;
        if (m.offset < 0) {
            return there < here ? year : year - 1;
        }
        if (m.offset > 0) {
            return there > here ? year : year + 1;
        }
        return year;
    }

    /** The year of a month (or day) with no shift: the nearest one on the side the tense points to. */
    private static int tenseYear(TimeMention m, LocalDate anchor, boolean future) {
        int year = anchor.getYear();
        int here = m.day == TimeMention.NONE ? anchor.getMonthValue() * 100 : anchor.getMonthValue() * 100 + anchor.getDayOfMonth();
        int there = m.day == TimeMention.NONE ? m.month * 100 : m.month * 100 + m.day;
        if (future) {
            return there >= here ? year : year + 1;
        }
        return there <= here ? year : year - 1;
    }

    private static String weekday(TimeMention m, LocalDate anchor, boolean future) {
        if (anchor == null) {
            return "XXXX-WXX-" + m.weekday;
        }
        DayOfWeek day = DayOfWeek.of(m.weekday);
        LocalDate date;
        if (m.offset != TimeMention.NONE && m.offset < 0) {
            date = anchor.with(TemporalAdjusters.previous(day));
        } else if (m.offset != TimeMention.NONE && m.offset > 0) {
            date = anchor.with(TemporalAdjusters.next(day));
        } else if (future) {
            date = anchor.with(TemporalAdjusters.nextOrSame(day));
        } else {
            date = anchor.with(TemporalAdjusters.previousOrSame(day));
        }
        return date.toString();
    }

    private static String unitShift(TimeMention m, LocalDate anchor) {
        return switch (m.unit) {
            case "W" -> anchor == null ? "XXXX-WXX" : week(anchor.plusWeeks(m.offset));
            case "M" -> anchor == null ? "XXXX-XX" : anchor.plusMonths(m.offset).toString().substring(0, 7);
            case "Y" -> anchor == null ? UNKNOWN_YEAR : year(anchor.getYear() + m.offset);
            default -> null;
        };
    }

    private static String ago(TimeMention m, LocalDate anchor) {
        int amount = Integer.parseInt(m.amount);
        if (anchor == null) {
            return PAST_REF;
        }
        return switch (m.unit) {
            case "D" -> anchor.minusDays(amount).toString();
            case "W" -> week(anchor.minusWeeks(amount));
            case "M" -> anchor.minusMonths(amount).toString().substring(0, 7);
            case "Y" -> year(anchor.getYear() - amount);
            case "DE" -> year(anchor.getYear() - amount * 10);
            default -> PAST_REF;
        };
    }

    private static String week(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String year(int year) {
        return String.format("%04d", year);
    }

    private static boolean isDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

}

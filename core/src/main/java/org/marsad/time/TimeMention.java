package org.marsad.time;

/**
 * What a recognizer read in a temporal expression, before resolution: the parts as written
 * (a month, a weekday, a shift, an amount of a unit), not yet a value. Filled by
 * {@link ExpressionRecognizer} while it matches, read once by {@link TimeValueResolver}; one per
 * expression, never shared.
 */
final class TimeMention {

    /** An int part that the expression does not give. */
    static final int NONE = Integer.MIN_VALUE;

    enum Kind {
        /** Calendar parts: year, month, day, any of them, maybe a shift (سبتمبر الماضي). */
        CALENDAR,
        /** A day counted from the anchor: اليوم، أمس. */
        DAY_OFFSET,
        /** A weekday, maybe with a shift. */
        WEEKDAY,
        /** A unit with a shift: الشهر الماضي، هذا الأسبوع. */
        UNIT_SHIFT,
        /** An amount of a unit before the anchor: قبل يومين. */
        AGO,
        DURATION,
        /** A ready value: a set (P1Y) or a reference (PAST_REF). */
        FIXED,
        /** A clock time with no date: on the anchor day. */
        CLOCK,
        DECADE
    }

    Kind kind;
    /** Tokens [first, end) of the expression. */
    int first;
    int end;
    int year = NONE;
    /** A year given relative to the anchor's: العام الماضي in يوليو من العام الماضي. */
    int yearShift = NONE;
    int month = NONE;
    int day = NONE;
    boolean hijri;
    /** ISO weekday, 1 (Monday) .. 7. */
    int weekday = NONE;
    /** A day offset (DAY_OFFSET) or a shift: -1 last, 0 this, 1 next. */
    int offset = NONE;
    /** D W M Y H MIN DE. */
    String unit;
    /** An amount: 3, 3.5, or X when unstated (أيام). */
    String amount;
    /** TMO TMI TAF TEV TNI, without the T. */
    String partOfDay;
    int hour = NONE;
    int minute = NONE;
    /** The value of a FIXED mention; the type of a FIXED mention is SET when it starts with P. */
    String value;

    TimeMention(Kind kind, int first) {
        this.kind = kind;
        this.first = first;
    }

    int length() {
        return end - first;
    }
}

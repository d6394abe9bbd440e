package org.marsad.meta;

/**
 * All-numeric dates: year first ({@code 2024/06/10}, {@code 2024-06-10}, ISO {@code 2024-06-10T08:30:00Z})
 * or year last ({@code 10/06/2024}, {@code 10-06-2024}, {@code 10.06.2024}, {@code ١٠/٦/٢٠٢٤}).
 * <p>
 * A year-last date is read day first, the Arabic and European convention, unless that cannot be:
 * when the second number exceeds 12 and the first does not, it is read month first ({@code 06/15/2024}).
 * An ambiguous date such as {@code 05/06/2024} is therefore 5 June. The three numbers and their two
 * separators (one kind, both the same) must touch; a year must have four digits; a chain of more
 * numbers ({@code 1.10.06.2024}, a version or an address) is not a date. A following هـ makes it Hijri.
 */
final class NumericDatePattern implements DatePattern {

    private static final String SEPARATORS = "/-.";
    private static final int YEAR_DIGITS = 4;
    private static final int MAX_DAY_OR_MONTH_DIGITS = 2;
    private static final int MONTHS_IN_YEAR = 12;
    /** number, separator, number, separator, number */
    private static final int LAST_OFFSET = 4;

    @Override
    public DateCandidate matchAt(DateTokens tokens, int first) {
        int last = first + LAST_OFFSET;
        if (!tokens.isMarkIn(first + 1, SEPARATORS)) {
            return null;
        }
        char separator = (char) tokens.mark(first + 1);
        boolean shaped = tokens.isNumber(first) && tokens.isNumber(first + 2) && tokens.isNumber(last)
                && tokens.isMark(first + 3, separator);
        if (!shaped || !allTouch(tokens, first, last) || hasOrdinal(tokens, first, last)
                || continuesChain(tokens, first, last, separator)) {
            return null;
        }
        CalendarSystem calendar = tokens.eraAt(last + 1) == CalendarSystem.HIJRI
                ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN;
        int a = tokens.value(first);
        int b = tokens.value(first + 2);
        int c = tokens.value(last);
        if (tokens.digits(first) == YEAR_DIGITS && isDayOrMonth(tokens, first + 2) && isDayOrMonth(tokens, last)) {
            return new DateCandidate(a, b, c, calendar);
        }
        if (isDayOrMonth(tokens, first) && isDayOrMonth(tokens, first + 2) && tokens.digits(last) == YEAR_DIGITS) {
            boolean monthFirst = a <= MONTHS_IN_YEAR && b > MONTHS_IN_YEAR;
            return monthFirst ? new DateCandidate(c, a, b, calendar) : new DateCandidate(c, b, a, calendar);
        }
        return null;
    }

    private static boolean isDayOrMonth(DateTokens tokens, int i) {
        return tokens.digits(i) <= MAX_DAY_OR_MONTH_DIGITS;
    }

    private static boolean allTouch(DateTokens tokens, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            if (!tokens.touchesPrevious(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasOrdinal(DateTokens tokens, int first, int last) {
        return tokens.isOrdinal(first) || tokens.isOrdinal(first + 2) || tokens.isOrdinal(last);
    }

    /** Whether the three numbers are part of a longer run joined by the same separator. */
    private static boolean continuesChain(DateTokens tokens, int first, int last, char separator) {
        boolean before = tokens.isMark(first - 1, separator) && tokens.touchesPrevious(first)
                && tokens.isNumber(first - 2) && tokens.touchesPrevious(first - 1);
        boolean after = tokens.isMark(last + 1, separator) && tokens.touchesPrevious(last + 1)
                && tokens.isNumber(last + 2) && tokens.touchesPrevious(last + 2);
        return before || after;
    }
}

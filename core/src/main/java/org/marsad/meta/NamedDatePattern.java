package org.marsad.meta;

/**
 * Dates with a month name, day first ({@code 10 يونيو 2024}, {@code 10th, June 2024},
 * {@code 10 حزيران/يونيو 2024}, {@code 4 ذو الحجة 1445 هـ}) or month first ({@code June 10, 2024},
 * {@code Jun 10 2024}).
 * <p>
 * One punctuation mark may stand between the parts ({@code 10-Jun-2024}, {@code Jun. 10}); several
 * names of one month may be joined by a slash or a dash or put in parentheses
 * ({@code سبتمبر/أيلول}, {@code يونيو (حزيران)}), and must then agree. The year has four digits.
 * The month's calendar decides the date's calendar; an era written after the year (هـ, م) must agree with it.
 */
final class NamedDatePattern implements DatePattern {

    /** Marks that may stand between day, month and year. */
    private static final String PART_SEPARATORS = ",\u060C-/.";
    /** Marks that join two names of one month. */
    private static final String NAME_JOINERS = "/-";
    /** Marks that may follow an abbreviated or leading month name ({@code Jun. 10}, {@code June, 10}). */
    private static final String AFTER_LEADING_MONTH = ".,";
    private static final char OPEN_PARENTHESIS = '(';
    private static final char CLOSE_PARENTHESIS = ')';
    /** The English "10th of June". */
    private static final String OF = "of";
    private static final int MAX_DAY_DIGITS = 2;
    private static final int YEAR_DIGITS = 4;

    /** A month written with one or more names, and the first token after it. */
    private record MonthRun(MonthName name, int next) {
    }

    @Override
    public DateCandidate matchAt(DateTokens tokens, int first) {
        if (!tokens.isNumber(first) || tokens.digits(first) > MAX_DAY_DIGITS) {
            return null;
        }
        DateCandidate dayFirst = dayMonthYear(tokens, first);
        return dayFirst != null ? dayFirst : monthDayYear(tokens, first);
    }

    private static DateCandidate dayMonthYear(DateTokens tokens, int day) {
        int i = skipSeparator(tokens, day + 1);
        if (tokens.isWord(i) && tokens.key(i).equals(OF)) {
            i++;
        }
        MonthRun run = monthRun(tokens, i);
        return run == null ? null : withYear(tokens, skipSeparator(tokens, run.next()), run.name(), tokens.value(day));
    }

    private static DateCandidate monthDayYear(DateTokens tokens, int day) {
        int last = tokens.isMarkIn(day - 1, AFTER_LEADING_MONTH) ? day - 2 : day - 1;
        MonthName name = monthEndingAt(tokens, last);
        return name == null ? null : withYear(tokens, skipSeparator(tokens, day + 1), name, tokens.value(day));
    }

    private static DateCandidate withYear(DateTokens tokens, int year, MonthName name, int day) {
        if (!tokens.isNumber(year) || tokens.digits(year) != YEAR_DIGITS || tokens.isOrdinal(year)) {
            return null;
        }
        CalendarSystem era = tokens.eraAt(year + 1);
        if (era != null && era != name.calendar()) {
            return null;
        }
        return new DateCandidate(tokens.value(year), name.month(), day, name.calendar());
    }

    /** The month named at token {@code i}, with any other names of it that follow; null when they disagree. */
    private static MonthRun monthRun(DateTokens tokens, int i) {
        MonthName name = tokens.monthAt(i);
        if (name == null) {
            return null;
        }
        int next = i + name.words();
        while (true) {
            int alternative;
            int after;
            if (tokens.isMarkIn(next, NAME_JOINERS) && tokens.monthAt(next + 1) != null) {
                alternative = next + 1;
                after = alternative + tokens.monthAt(alternative).words();
            } else if (tokens.isMark(next, OPEN_PARENTHESIS) && tokens.monthAt(next + 1) != null
                    && tokens.isMark(next + 1 + tokens.monthAt(next + 1).words(), CLOSE_PARENTHESIS)) {
                alternative = next + 1;
                after = alternative + tokens.monthAt(alternative).words() + 1;
            } else {
                return new MonthRun(name, next);
            }
            MonthName other = tokens.monthAt(alternative);
            if (other.month() != name.month() || other.calendar() != name.calendar()) {
                return null;
            }
            next = after;
        }
    }

    /** The month name whose last word is token {@code last}, or null. */
    private static MonthName monthEndingAt(DateTokens tokens, int last) {
        int earliest = last - tokens.longestMonthName() + 1;
        for (int first = last; first >= earliest && tokens.isWord(first); first--) {
            MonthName name = tokens.monthAt(first);
            if (name != null && first + name.words() - 1 == last) {
                return name;
            }
        }
        return null;
    }

    private static int skipSeparator(DateTokens tokens, int i) {
        return tokens.isMarkIn(i, PART_SEPARATORS) ? i + 1 : i;
    }
}

package org.marsad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.marsad.lexicon.PhraseTable;
import org.marsad.meta.MonthName;
import org.marsad.meta.MonthNames;

/**
 * Finds temporal expressions in the tokens of one text and reads their parts into
 * {@link TimeMention}s. At each token every pattern is tried and the longest match wins; the scan
 * then goes on after it, so expressions never overlap. The patterns:
 * <ul>
 *   <li>calendar dates: [يوم] day (digits or words: الحادي عشر) [من] month [/month...] [[من] [عام] year [م|هـ]]
 *       [shift]; [شهر] month [/month] with a year, a shift (الماضي) or a word before it that makes a
 *       lone month a date (في، منذ، مطلع); [عام] year [م] (a bare year needs such a word or the era);
 *       a year written {@code عام .2022} (stray point) too; Hijri day, month and year;</li>
 *   <li>days from the anchor: [يوم] اليوم|أمس|أول أمس|غدا|بعد غد [weekday];</li>
 *   <li>weekdays: [يوم] weekday [الماضي|المقبل] [الموافق date];</li>
 *   <li>a part of the day before any of these: صباح يوم 8 يونيو، مساء أمس; الليلة alone;</li>
 *   <li>units with a shift: الشهر الماضي، هذا الأسبوع، العام المقبل; plural units with a shift are
 *       references: الأيام المقبلة (FUTURE_REF), السنوات الأخيرة (PAST_REF);</li>
 *   <li>قبل + duration: a date that long before the anchor;</li>
 *   <li>durations: number (digits, decimals, words, compounds: خمسة عشر) + unit; dual units (يومين);
 *       unit + واحد; a lone unit after لمدة; an unstated amount after منذ or لمدة (منذ سنوات);</li>
 *   <li>sets: سنويا، يوميا; كل + unit; كل + weekday;</li>
 *   <li>references: حاليا، الآن، مؤخرا، المستقبل، في الماضي;</li>
 *   <li>clock times: الساعة 10:30 صباحا، الساعة العاشرة مساء، 12:45 ظهرا; decades: التسعينيات.</li>
 * </ul>
 * One instance per text; not thread-safe.
 */
final class ExpressionRecognizer {

    private static final int MAX_DAY = 31;
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2100;
    private static final int YEAR_DIGITS = 4;
    private static final int HOURS_IN_DAY = 24;
    private static final int MINUTES_IN_HOUR = 60;
    private static final char SLASH = '/';
    private static final char COLON = ':';
    private static final char OPEN_PAREN = '(';
    private static final char CLOSE_PAREN = ')';
    private static final char POINT = '.';
    private static final char COMMA = ',';
    private static final Set<String> LATIN_ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");
    private static final String FROM = "من";
    private static final String IN = "في";
    private static final String SINCE = "منذ";
    private static final String CORRESPONDING = "الموافق";
    private static final String ARTICLE = "ال";
    private static final String UNSTATED = "X";

    private final TimeTokens tokens;
    private final TimeLexicon lexicon;
    private final MonthNames months;
    private final String[] keys;
    /** The phrase found at each token, looked up once. */
    private final PhraseTable.Match<?>[] phraseAt;
    private final boolean[] phraseLookedUp;

    ExpressionRecognizer(TimeTokens tokens, TimeLexicon lexicon, MonthNames months) {
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.months = months;
        this.keys = tokens.keys();
        this.phraseAt = new PhraseTable.Match<?>[tokens.size()];
        this.phraseLookedUp = new boolean[tokens.size()];
    }

    /** Every expression of the text, in order, none overlapping. */
    List<TimeMention> mentions() {
        List<TimeMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TimeMention best = longestAt(i);
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.end;
            }
        }
        return found;
    }

    private TimeMention longestAt(int i) {
        if (!tokens.isWord(i) && !tokens.isNumber(i)) {
            return null;
        }
        TimeMention best = null;
        best = longer(best, partOfDay(i));
        best = longer(best, dateCore(i));
        best = longer(best, unitShift(i));
        best = longer(best, ago(i));
        best = longer(best, duration(i));
        best = longer(best, set(i));
        best = longer(best, reference(i));
        best = longer(best, clock(i));
        best = longer(best, decade(i));
        return best;
    }

    private static TimeMention longer(TimeMention a, TimeMention b) {
        return b != null && (a == null || b.length() > a.length()) ? b : a;
    }

    // ---- dates ----

    /** The longest of the patterns that name a day or a calendar date. */
    private TimeMention dateCore(int i) {
        TimeMention best = calendar(i);
        best = longer(best, dayOffset(i));
        best = longer(best, weekday(i));
        best = longer(best, year(i));
        return best;
    }

    private TimeMention partOfDay(int i) {
        TimeWord word = word(i);
        if (word == null || !word.is(TimeWordKind.PART_OF_DAY)) {
            return null;
        }
        String part = word.value(TimeWordKind.PART_OF_DAY);
        if (part.endsWith("-today")) {
            TimeMention tonight = new TimeMention(TimeMention.Kind.DAY_OFFSET, i);
            tonight.offset = 0;
            tonight.partOfDay = part.substring(0, part.indexOf('-'));
            tonight.end = after(i);
            return tonight;
        }
        TimeMention core = dateCore(after(i));
        if (core == null || core.kind == TimeMention.Kind.CALENDAR && core.day == TimeMention.NONE) {
            return null;
        }
        core.first = i;
        core.partOfDay = part;
        return core;
    }

    private TimeMention calendar(int i) {
        int j = is(i, TimeWordKind.DAY_WORD) ? i + 1 : i;
        int day = TimeMention.NONE;
        int k = j;
        if (tokens.isNumber(j) && tokens.intValue(j) >= 1 && tokens.intValue(j) <= MAX_DAY) {
            day = tokens.intValue(j);
            k = afterLatinOrdinal(j + 1);
        } else if (is(j, TimeWordKind.ORDINAL)) {
            day = number(j, TimeWordKind.ORDINAL);
            k = after(j);
        }
        if (day != TimeMention.NONE && FROM.equals(key(k))) {
            k++;
        }
        boolean monthWord = day == TimeMention.NONE && is(k, TimeWordKind.MONTH_WORD);
        if (monthWord) {
            k++;
        }
        MonthName month = months.at(keys, k, tokens.size());
        if (month == null) {
            return null;
        }
        TimeMention m = new TimeMention(TimeMention.Kind.CALENDAR, i);
        m.day = day;
        m.month = month.month();
        m.hijri = month.hijri();
        int end = alternativeMonths(k + month.words());
        boolean named = end > k + month.words();
        int afterYear = yearAfterMonth(end, m);
        if (afterYear > end) {
            end = afterYear;
        } else if (is(end, TimeWordKind.SHIFT) && number(end, TimeWordKind.SHIFT) != 0) {
            m.offset = number(end, TimeWordKind.SHIFT);
            end = after(end);
            named = true;
        } else if (is(end, TimeWordKind.SHIFT)) {
            m.offset = 0;
            end = after(end);
            named = true;
        }
        boolean dated = day != TimeMention.NONE || m.year != TimeMention.NONE || m.yearShift != TimeMention.NONE;
        if (!dated && !named && !monthWord && !is(i - 1, TimeWordKind.MONTH_CONTEXT)) {
            return null; // a lone month name with nothing around it: نيسان may be a brand, ماي a pronoun
        }
        m.end = end;
        return m;
    }

    /** Past the ending and comma of an English date line's day, {@code 10th, June 2024}. */
    private int afterLatinOrdinal(int k) {
        if (tokens.touchesPrevious(k) && LATIN_ORDINAL_ENDINGS.contains(key(k))) {
            k++;
            return tokens.isMark(k, COMMA) ? k + 1 : k;
        }
        return k;
    }

    /** After a month name: other names of the same month, {@code سبتمبر/أيلول} or {@code سبتمبر (أيلول)}. */
    private int alternativeMonths(int k) {
        while (true) {
            if (tokens.isMark(k, SLASH) && months.at(keys, k + 1, tokens.size()) != null) {
                k = k + 1 + months.at(keys, k + 1, tokens.size()).words();
            } else if (tokens.isMark(k, OPEN_PAREN) && months.at(keys, k + 1, tokens.size()) != null) {
                int close = k + 1 + months.at(keys, k + 1, tokens.size()).words();
                if (!tokens.isMark(close, CLOSE_PAREN)) {
                    return k;
                }
                k = close + 1;
            } else {
                return k;
            }
        }
    }

    /** The year after a month: [من] [عام] 2023 [م|هـ], or [من] العام الماضي; returns k when none. */
    private int yearAfterMonth(int k, TimeMention m) {
        int j = FROM.equals(key(k)) ? k + 1 : k;
        if (is(j, TimeWordKind.THE_UNIT) && "Y".equals(word(j).value(TimeWordKind.THE_UNIT))
                && is(after(j), TimeWordKind.SHIFT)) {
            m.yearShift = number(after(j), TimeWordKind.SHIFT);
            return after(after(j));
        }
        if (is(j, TimeWordKind.YEAR_WORD)) {
            j++;
        }
        if (tokens.isMark(j, POINT) && tokens.isNumber(j + 1)) {
            j++;
        }
        if (!isYearNumber(j)) {
            return k;
        }
        m.year = tokens.intValue(j);
        return afterEra(j + 1);
    }

    private int afterEra(int k) {
        return is(k, TimeWordKind.ERA) ? after(k) : k;
    }

    /** [عام|العام] [.]2023 [م]; a bare number needs the era or a word such as في before it. */
    private TimeMention year(int i) {
        int j = i;
        boolean yearWord = is(j, TimeWordKind.YEAR_WORD);
        if (yearWord) {
            j++;
            if (tokens.isMark(j, POINT)) {
                j++;
            }
        }
        if (!isYearNumber(j)) {
            return null;
        }
        boolean era = is(j + 1, TimeWordKind.ERA);
        if (!yearWord && !era && !is(i - 1, TimeWordKind.MONTH_CONTEXT)) {
            return null;
        }
        if (era && "hijri".equals(word(j + 1).value(TimeWordKind.ERA))) {
            return null; // a Hijri year overlaps two Gregorian years: no value at year granularity
        }
        TimeMention m = new TimeMention(TimeMention.Kind.CALENDAR, i);
        m.year = tokens.intValue(j);
        m.end = afterEra(j + 1);
        return m;
    }

    private boolean isYearNumber(int j) {
        int value = tokens.isNumber(j) ? tokens.intValue(j) : -1;
        return key(j).length() == YEAR_DIGITS && value >= MIN_YEAR && value <= MAX_YEAR;
    }

    /** [يوم] اليوم|أمس|غدا|... [weekday]. */
    private TimeMention dayOffset(int i) {
        int j = is(i, TimeWordKind.DAY_WORD) && !is(i, TimeWordKind.DAY_OFFSET) ? i + 1 : i;
        if (!is(j, TimeWordKind.DAY_OFFSET)) {
            return null;
        }
        TimeMention m = new TimeMention(TimeMention.Kind.DAY_OFFSET, i);
        m.offset = number(j, TimeWordKind.DAY_OFFSET);
        int end = after(j);
        if (is(end, TimeWordKind.WEEKDAY)) {
            end = after(end);
        }
        m.end = end;
        return m;
    }

    /** [يوم] weekday [shift] [الموافق date]; without يوم the weekday must carry the article. */
    private TimeMention weekday(int i) {
        boolean dayWord = is(i, TimeWordKind.DAY_WORD);
        int j = dayWord ? i + 1 : i;
        if (!is(j, TimeWordKind.WEEKDAY) || !dayWord && !key(j).startsWith(ARTICLE)) {
            return null;
        }
        int end = after(j);
        if (CORRESPONDING.equals(key(end))) {
            end++;
        }
        TimeMention date = calendar(end);
        if (date != null && date.day != TimeMention.NONE) {
            date.first = i;
            return date;
        }
        TimeMention m = new TimeMention(TimeMention.Kind.WEEKDAY, i);
        m.weekday = number(j, TimeWordKind.WEEKDAY);
        end = after(j);
        if (is(end, TimeWordKind.SHIFT) && number(end, TimeWordKind.SHIFT) != 0) {
            m.offset = number(end, TimeWordKind.SHIFT);
            end = after(end);
        }
        m.end = end;
        return m;
    }

    // ---- relative units, durations, sets ----

    /** الشهر الماضي، العام المقبل، هذا الأسبوع; الأيام المقبلة as a reference. */
    private TimeMention unitShift(int i) {
        if (is(i, TimeWordKind.SHIFT) && number(i, TimeWordKind.SHIFT) == 0 && is(after(i), TimeWordKind.THE_UNIT)) {
            return unitWithShift(i, after(i), 0, after(after(i)));
        }
        if (is(i, TimeWordKind.THE_UNIT) && is(after(i), TimeWordKind.SHIFT)) {
            return unitWithShift(i, i, number(after(i), TimeWordKind.SHIFT), after(after(i)));
        }
        if (is(i, TimeWordKind.PLURAL) && key(i).startsWith(ARTICLE) && is(after(i), TimeWordKind.SHIFT)) {
            int shift = number(after(i), TimeWordKind.SHIFT);
            return fixed(i, after(after(i)), shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF");
        }
        return null;
    }

    private TimeMention unitWithShift(int first, int unitToken, int shift, int end) {
        String unit = word(unitToken).value(TimeWordKind.THE_UNIT);
        if ("D".equals(unit)) {
            return null; // اليوم التالي is a day after some event, not after the anchor
        }
        TimeMention m = new TimeMention(TimeMention.Kind.UNIT_SHIFT, first);
        m.unit = unit;
        m.offset = shift;
        m.end = end;
        return m;
    }

    /** قبل + duration: a date before the anchor. */
    private TimeMention ago(int i) {
        if (!is(i, TimeWordKind.AGO)) {
            return null;
        }
        TimeMention d = duration(after(i));
        if (d == null) {
            return null;
        }
        if (UNSTATED.equals(d.amount) || d.amount.indexOf(POINT) >= 0) {
            return fixed(i, d.end, "PAST_REF");
        }
        d.kind = TimeMention.Kind.AGO;
        d.first = i;
        return d;
    }

    private TimeMention duration(int i) {
        if (is(i, TimeWordKind.DUAL)) {
            return durationOf(i, "2", word(i).value(TimeWordKind.DUAL), after(i));
        }
        if (tokens.isNumber(i) && isUnit(i + 1)) {
            return durationOf(i, key(i), unitOf(i + 1), after(i + 1));
        }
        if (is(i, TimeWordKind.NUMBER)) {
            int j = i;
            int amount = 0;
            boolean unstated = false;
            while (is(j, TimeWordKind.NUMBER)) {
                String value = word(j).value(TimeWordKind.NUMBER);
                unstated |= UNSTATED.equals(value);
                amount += unstated ? 0 : Integer.parseInt(value);
                j = after(j);
            }
            if (isUnit(j)) {
                return durationOf(i, unstated ? UNSTATED : Integer.toString(amount), unitOf(j), after(j));
            }
            return null;
        }
        if (is(i, TimeWordKind.UNIT)) {
            int next = after(i);
            if (is(next, TimeWordKind.NUMBER) && "1".equals(word(next).value(TimeWordKind.NUMBER))) {
                return durationOf(i, "1", word(i).value(TimeWordKind.UNIT), after(next));
            }
            if (is(i - 1, TimeWordKind.DURATION_SIGNAL) || SINCE.equals(key(i - 1))) {
                return durationOf(i, "1", word(i).value(TimeWordKind.UNIT), next);
            }
        }
        if (is(i, TimeWordKind.PLURAL) && !key(i).startsWith(ARTICLE)
                && (is(i - 1, TimeWordKind.DURATION_SIGNAL) || SINCE.equals(key(i - 1)))) {
            return durationOf(i, UNSTATED, word(i).value(TimeWordKind.PLURAL), after(i));
        }
        return null;
    }

    private boolean isUnit(int i) {
        return is(i, TimeWordKind.UNIT) || is(i, TimeWordKind.PLURAL) && !key(i).startsWith(ARTICLE);
    }

    private String unitOf(int i) {
        TimeWord w = word(i);
        return w.is(TimeWordKind.UNIT) ? w.value(TimeWordKind.UNIT) : w.value(TimeWordKind.PLURAL);
    }

    private static TimeMention durationOf(int first, String amount, String unit, int end) {
        TimeMention m = new TimeMention(TimeMention.Kind.DURATION, first);
        m.amount = amount;
        m.unit = unit;
        m.end = end;
        return m;
    }

    /** سنويا; كل عام; كل [يوم] اثنين; كل أربع سنوات. */
    private TimeMention set(int i) {
        if (is(i, TimeWordKind.SET)) {
            return fixed(i, after(i), word(i).value(TimeWordKind.SET));
        }
        if (!is(i, TimeWordKind.EVERY)) {
            return null;
        }
        int j = after(i);
        int day = is(j, TimeWordKind.DAY_WORD) ? after(j) : j;
        if (is(day, TimeWordKind.WEEKDAY)) {
            return fixed(i, after(day), "XXXX-WXX-" + number(day, TimeWordKind.WEEKDAY));
        }
        if (is(j, TimeWordKind.UNIT)) {
            return fixed(i, after(j), DurationValue.of("1", word(j).value(TimeWordKind.UNIT)));
        }
        TimeMention d = duration(j);
        if (d != null && !UNSTATED.equals(d.amount)) {
            return fixed(i, d.end, DurationValue.of(d.amount, d.unit));
        }
        return null;
    }

    /** حاليا، مؤخرا، المستقبل; الماضي only after في, since it is mostly a shift. */
    private TimeMention reference(int i) {
        if (!is(i, TimeWordKind.REF) || is(i, TimeWordKind.SHIFT) && !IN.equals(key(i - 1))) {
            return null;
        }
        return fixed(i, after(i), word(i).value(TimeWordKind.REF));
    }

    private TimeMention decade(int i) {
        return is(i, TimeWordKind.DECADE) ? fixedDecade(i) : null;
    }

    private TimeMention fixedDecade(int i) {
        TimeMention m = new TimeMention(TimeMention.Kind.DECADE, i);
        m.value = word(i).value(TimeWordKind.DECADE);
        m.end = after(i);
        return m;
    }

    private TimeMention fixed(int first, int end, String value) {
        TimeMention m = new TimeMention(TimeMention.Kind.FIXED, first);
        m.value = value;
        m.end = end;
        return m;
    }

    // ---- clock times ----

    /** الساعة 10:30 [صباحا]، الساعة العاشرة مساء، 10:30 صباحا. */
    private TimeMention clock(int i) {
        boolean clockWord = is(i, TimeWordKind.CLOCK);
        int j = clockWord ? after(i) : i;
        TimeMention m = new TimeMention(TimeMention.Kind.CLOCK, i);
        int end;
        if (tokens.isNumber(j) && tokens.intValue(j) >= 0 && tokens.intValue(j) <= HOURS_IN_DAY) {
            m.hour = tokens.intValue(j);
            m.minute = 0;
            end = j + 1;
            if (tokens.isMark(end, COLON) && tokens.isNumber(end + 1)
                    && tokens.intValue(end + 1) >= 0 && tokens.intValue(end + 1) < MINUTES_IN_HOUR) {
                m.minute = tokens.intValue(end + 1);
                end += 2;
            } else if (!clockWord) {
                return null;
            }
        } else if (clockWord && is(j, TimeWordKind.HOUR)) {
            m.hour = number(j, TimeWordKind.HOUR);
            m.minute = 0;
            end = after(j);
        } else {
            return null;
        }
        if (is(end, TimeWordKind.CLOCK_HALF)) {
            m.hour = ClockHalf.hour(m.hour, word(end).value(TimeWordKind.CLOCK_HALF));
            end = after(end);
        } else if (!clockWord) {
            return null;
        }
        m.end = end;
        return m;
    }

    // ---- lookups ----

    @SuppressWarnings("unchecked")
    private PhraseTable.Match<TimeWord> match(int i) {
        if (i < 0 || i >= keys.length || !tokens.isWord(i)) {
            return null;
        }
        if (!phraseLookedUp[i]) {
            phraseAt[i] = lexicon.at(keys, i);
            phraseLookedUp[i] = true;
        }
        return (PhraseTable.Match<TimeWord>) phraseAt[i];
    }

    private TimeWord word(int i) {
        PhraseTable.Match<TimeWord> m = match(i);
        return m == null ? null : m.value();
    }

    private boolean is(int i, TimeWordKind kind) {
        TimeWord w = word(i);
        return w != null && w.is(kind);
    }

    private int number(int i, TimeWordKind kind) {
        return word(i).number(kind);
    }

    /** The token after the phrase at {@code i}. */
    private int after(int i) {
        PhraseTable.Match<TimeWord> m = match(i);
        return m == null ? i + 1 : m.end();
    }

    private String key(int i) {
        return i >= 0 && i < keys.length ? keys[i] : "";
    }
}

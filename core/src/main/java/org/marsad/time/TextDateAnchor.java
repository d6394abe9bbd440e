package org.marsad.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.marsad.lexicon.PhraseTable;
import org.marsad.meta.MonthNames;

/**
 * The publication date an undated article states in its own text, or nothing. Conservative: only
 * a full date (day, month and year) that the text ties to the day it speaks from counts:
 * <ul>
 *   <li>a day word (اليوم، أمس، أول أمس، غدا) stands right before the date or in it, at most
 *       {@link #WORDS_BEFORE} words before and in the same sentence: {@code اليوم الاثنين 17 يونيو
 *       2024} anchors on 17 June 2024, {@code أمس الأحد 16 يونيو 2024} on the 17th;</li>
 *   <li>a weekday named there must be the date's weekday, else the text contradicts itself and
 *       nothing is anchored;</li>
 *   <li>every such date in the text must give the same publication date; two different ones
 *       anchor nothing.</li>
 * </ul>
 * A date without such a tie (في 7 أكتوبر 2023 هاجمت ...) says when something happened, not when
 * the article was written, and is not used; the wall clock is never read. Thread-safe.
 */
public final class TextDateAnchor {

    /** Words a day word may stand before the date: اليوم الاثنين الموافق 17 ... */
    private static final int WORDS_BEFORE = 4;
    private static final int FULL_DATE_LENGTH = 10;

    private static final TextDateAnchor STANDARD = new TextDateAnchor(TimeLexicon.standard(), MonthNames.standard());

    private final TimeLexicon lexicon;
    private final MonthNames months;

    private TextDateAnchor(TimeLexicon lexicon, MonthNames months) {
        this.lexicon = lexicon;
        this.months = months;
    }

    public static TextDateAnchor standard() {
        return STANDARD;
    }

    /**
     * The publication date {@code text} states, or null.
     *
     * @param times the text's temporal expressions, tagged without an anchor (so that every full
     *              date among them is one the text writes out)
     */
    public LocalDate anchor(CharSequence text, List<TimeExpression> times) {
        Objects.requireNonNull(text, "text");
        TimeTokens tokens = null;
        LocalDate anchored = null;
        for (TimeExpression t : times) {
            LocalDate date = fullDate(t);
            if (date == null) {
                continue;
            }
            if (tokens == null) {
                tokens = TimeTokens.of(text, lexicon, months);
            }
            LocalDate stated = stated(tokens, t, date);
            if (stated == null) {
                continue;
            }
            if (anchored != null && !anchored.equals(stated)) {
                return null;
            }
            anchored = stated;
        }
        return anchored;
    }

    /** The publication date the words at and before {@code t} tie to its date, or null. */
    private LocalDate stated(TimeTokens tokens, TimeExpression t, LocalDate date) {
        int first = firstTokenAtOrAfter(tokens, t.start());
        int end = firstTokenAtOrAfter(tokens, t.end());
        int from = first;
        for (int words = 0; from > 0 && words < WORDS_BEFORE && !tokens.isSentenceEnd(from - 1); from--) {
            if (tokens.isWord(from - 1)) {
                words++;
            }
        }
        Integer offset = null;
        for (int i = from; i < end; i++) {
            PhraseTable.Match<TimeWord> m = tokens.isWord(i) ? lexicon.at(tokens.keys(), i) : null;
            if (m == null) {
                continue;
            }
            if (m.value().is(TimeWordKind.WEEKDAY) && m.value().number(TimeWordKind.WEEKDAY) != date.getDayOfWeek().getValue()) {
                return null;
            }
            if (m.value().is(TimeWordKind.DAY_OFFSET) && offset == null) {
                offset = m.value().number(TimeWordKind.DAY_OFFSET);
            }
            i += m.length() - 1;
        }
        return offset == null ? null : date.minusDays(offset);
    }

    private static int firstTokenAtOrAfter(TimeTokens tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.spanStart(i) < offset) {
            i++;
        }
        return i;
    }

    /** The date of a DATE or TIME expression that gives day, month and year, or null. */
    private static LocalDate fullDate(TimeExpression t) {
        String v = t.value();
        if (v.length() < FULL_DATE_LENGTH || !(t.type().equals(TimeExpression.DATE) || t.type().equals(TimeExpression.TIME))) {
            return null;
        }
        for (int i = 0; i < FULL_DATE_LENGTH; i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return LocalDate.parse(v.substring(0, FULL_DATE_LENGTH));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

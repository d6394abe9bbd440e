package org.marsad.story;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashSet;
import java.util.Set;

import org.marsad.lexicon.KeyTokens;
import org.marsad.meta.MonthNames;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The calendar days a text names as a day number and a Gregorian month name, with or without a
 * year: {@code في 11 سبتمبر/أيلول}, {@code 10 يونيو 2024}. Weekdays, relative days and months
 * without a day are left to the time tagger; this is only the evidence story clustering needs to
 * place an undated article next to the dated articles of its story.
 */
final class DayMentions {

    private static final int MAX_DAY = 31;

    private DayMentions() {
    }

    static Set<MonthDay> of(String text) {
        String[] tokens = KeyTokens.of(ArabicNormalizer.standard().key(text));
        Set<MonthDay> days = new LinkedHashSet<>();
        MonthNames months = MonthNames.standard();
        for (int i = 0; i + 1 < tokens.length; i++) {
            String t = tokens[i];
            if (t.length() <= 2 && KeyTokens.isNumber(t)) {
                int day = Integer.parseInt(t);
                int month = months.month(tokens[i + 1]);
                if (day >= 1 && day <= MAX_DAY && month > 0 && day <= java.time.Month.of(month).maxLength()) {
                    days.add(MonthDay.of(month, day));
                }
            }
        }
        return days;
    }

    /** Whether one of {@code days} falls within a day of {@code from..to}, in any year. */
    static boolean within(Set<MonthDay> days, LocalDate from, LocalDate to) {
        if (days.isEmpty() || from == null) {
            return false;
        }
        for (LocalDate d = from.minusDays(1); !d.isAfter(to.plusDays(1)); d = d.plusDays(1)) {
            if (days.contains(MonthDay.from(d))) {
                return true;
            }
        }
        return false;
    }
}

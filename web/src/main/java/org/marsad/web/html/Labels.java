package org.marsad.web.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * The Arabic words the UI shows for the codes in the data, read from {@code labels.tsv}; a code
 * without a label is shown as it is, so new codes degrade to their name rather than to nothing.
 */
public final class Labels {

    private static final int COLUMNS = 3;

    private final Map<String, String> byGroupAndCode;

    private Labels(Map<String, String> byGroupAndCode) {
        this.byGroupAndCode = Map.copyOf(byGroupAndCode);
    }

    /** The labels shipped with the web module. */
    public static Labels load() {
        Map<String, String> labels = new HashMap<>();
        for (TsvRow row : TsvResource.read(Labels.class, "labels.tsv", COLUMNS)) {
            if (labels.put(key(row.cell(0), row.cell(1)), row.cell(2)) != null) {
                throw row.error("duplicate label");
            }
        }
        return new Labels(labels);
    }

    /** The label of {@code code} in {@code group}, or the code itself; null for a null code. */
    public String of(String group, String code) {
        if (code == null) {
            return null;
        }
        return byGroupAndCode.getOrDefault(key(group, code), code);
    }

    /** A day as Arabic readers write it: {@code 19 يونيو 2024}. */
    public String day(LocalDate date) {
        if (date == null) {
            return null;
        }
        return date.getDayOfMonth() + " " + month(date.getMonthValue()) + " " + date.getYear();
    }

    /** The name of month 1..12. */
    public String month(int month) {
        return of("month", Integer.toString(month));
    }

    /**
     * A TIMEX3 date value at its own granularity: {@code 2024-06-19} as a day, {@code 2024-06} as
     * month and year, {@code 2024} as a year; anything else (weeks, {@code XXXX}) as written.
     */
    public String timexDate(String value) {
        if (value == null) {
            return null;
        }
        TimexPeriod period = TimexPeriod.parse(value);
        if (period == null) {
            return value;
        }
        return switch (period.granularity()) {
            case DAY -> day(period.first());
            case MONTH -> month(period.first().getMonthValue()) + " " + period.first().getYear();
            case YEAR -> Integer.toString(period.first().getYear());
        };
    }

    private static String key(String group, String code) {
        return group + '\t' + code;
    }
}

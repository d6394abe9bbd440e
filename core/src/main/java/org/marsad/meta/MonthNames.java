package org.marsad.meta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;
import org.marsad.normalize.ArabicNormalizer;

/**
 * Month names of the Gregorian and Hijri calendars as Arabic news writes them: Egyptian and Gulf,
 * Levantine (Syriac), Maghrebi, English and French names with their usual spelling variants, read
 * from {@code months.tsv}. Names are compared on their {@link ArabicNormalizer#key matching keys},
 * so hamza, alef and yeh variants, Persian letters and diacritics do not matter. Immutable and
 * thread-safe.
 */
public final class MonthNames {

    static final String RESOURCE = "months.tsv";
    private static final int COLUMNS = 3;
    private static final int MONTH = 0;
    private static final int CALENDAR = 1;
    private static final int NAME = 2;
    private static final int MONTHS_IN_YEAR = 12;
    private static final char WORD_SEPARATOR = ' ';
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private final Map<String, MonthName> byKey;
    private final int longestName;
    /** First words of names of several words, so that single words need one lookup only. */
    private final Set<String> multiWordStarts;

    private final Set<String> nameWords;

    private MonthNames(Map<String, MonthName> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.nameWords = byKey.keySet().stream().flatMap(k -> Arrays.stream(k.split(String.valueOf(WORD_SEPARATOR))))
                .collect(Collectors.toUnmodifiableSet());
        this.multiWordStarts = byKey.keySet().stream().filter(k -> k.indexOf(WORD_SEPARATOR) > 0)
                .map(k -> k.substring(0, k.indexOf(WORD_SEPARATOR))).collect(Collectors.toUnmodifiableSet());
        this.longestName = byKey.values().stream().mapToInt(MonthName::words).max().orElse(1);
    }

    /** The month names of {@code months.tsv}, loaded once. */
    public static MonthNames standard() {
        return Standard.INSTANCE;
    }

    /** The Gregorian month (1..12) that {@code name} denotes, e.g. 6 for يونيو, حزيران or Jun; 0 when unknown. */
    public int month(String name) {
        return monthIn(name, CalendarSystem.GREGORIAN);
    }

    /** The Hijri month (1..12) that {@code name} denotes, e.g. 12 for ذو الحجة; 0 when unknown. */
    public int hijriMonth(String name) {
        return monthIn(name, CalendarSystem.HIJRI);
    }

    private int monthIn(String name, CalendarSystem calendar) {
        MonthName found = byKey.get(phraseKey(name));
        return found != null && found.calendar() == calendar ? found.month() : 0;
    }

    /**
     * The longest month name that starts at {@code keys[from]}, a name of several words being
     * matched on consecutive keys (كانون الثاني); null when none does. For taggers that walk the
     * matching keys of a text; allocates only when a key could start a name of several words.
     */
    public MonthName at(String[] keys, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (multiWordStarts.contains(keys[from])) {
            for (int words = Math.min(longestName, to - from); words > 1; words--) {
                MonthName name = byKey.get(String.join(String.valueOf(WORD_SEPARATOR), Arrays.asList(keys).subList(from, from + words)));
                if (name != null && name.words() == words) {
                    return name;
                }
            }
        }
        MonthName name = byKey.get(keys[from]);
        return name != null && name.words() == 1 ? name : null;
    }

    /** Whether {@code key} is a word of some month name (حزيران, كانون, الثاني). */
    public boolean isNameWord(String key) {
        return nameWords.contains(key);
    }

    /** The month whose key is {@code key} (words joined by one space), or null. */
    MonthName byKey(String key) {
        return byKey.get(key);
    }

    /** The most words a month name spans. */
    int longestName() {
        return longestName;
    }

    static MonthNames fromRows(List<TsvRow> rows) {
        Map<String, MonthName> byKey = new HashMap<>();
        for (TsvRow row : rows) {
            MonthName name = monthName(row);
            String key = phraseKey(row.cell(NAME));
            MonthName earlier = byKey.putIfAbsent(key, name);
            if (earlier != null && !earlier.equals(name)) {
                throw row.error("'" + row.cell(NAME) + "' already names month " + earlier.month()
                        + " of the " + earlier.calendar().fileName() + " calendar");
            }
        }
        return new MonthNames(byKey);
    }

    private static MonthName monthName(TsvRow row) {
        int month;
        try {
            month = Integer.parseInt(row.cell(MONTH));
        } catch (NumberFormatException e) {
            throw row.error("month '" + row.cell(MONTH) + "' is not a number");
        }
        if (month < 1 || month > MONTHS_IN_YEAR) {
            throw row.error("month " + month + " is outside 1.." + MONTHS_IN_YEAR);
        }
        CalendarSystem calendar = CalendarSystem.named(row.cell(CALENDAR));
        if (calendar == null) {
            throw row.error("calendar '" + row.cell(CALENDAR) + "' is neither gregorian nor hijri");
        }
        return new MonthName(month, calendar, row.cell(NAME).split("\\s+").length);
    }

    /** The key of a name of one or more words: the key of each word, joined by one space. */
    static String phraseKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (String word : name.strip().split("\\s+")) {
            if (!key.isEmpty()) {
                key.append(WORD_SEPARATOR);
            }
            NORMALIZER.appendKey(word, 0, word.length(), key);
        }
        return key.toString();
    }

    /** Holder: the standard names are read on first use, once. */
    private static final class Standard {
        static final MonthNames INSTANCE = fromRows(TsvResource.read(MonthNames.class, RESOURCE, COLUMNS));
    }
}

package org.marsad.meta;

/**
 * The proclitics that Arabic glues to the front of a name: و (and), ف (so), ل (for), ب (by) and
 * their pairs (ولوكالة, فبحسب). لل is ل before the article, whose alef it swallows (للأناضول is
 * ل + الأناضول). Stripping is only ever a candidate: callers accept a stem only when it is exactly
 * a known name, so وام or بترا, which merely start with these letters, are never cut.
 * Works on matching keys.
 */
public final class Proclitics {

    /** Proclitic sequences as written, longest first, each with what it stands for before the stem. */
    private static final String[][] RULES = {
        {"ولل", "ال"}, {"فلل", "ال"}, {"لل", "ال"},
        {"ول", ""}, {"وب", ""}, {"فل", ""}, {"فب", ""},
        {"و", ""}, {"ف", ""}, {"ل", ""}, {"ب", ""},
    };
    private static final int WRITTEN = 0;
    private static final int RESTORED = 1;
    /** A stem shorter than this is a fragment, not a name. */
    private static final int MIN_STEM_LENGTH = 2;

    /** The letters every proclitic sequence starts with. */
    private static final String FIRST_LETTERS = "وفلب";

    /** How many stripping rules there are; see {@link #stem}. */
    public static final int RULE_COUNT = RULES.length;

    private Proclitics() {
    }

    /**
     * Whether {@code key} may carry proclitics at all: a cheap test that spares most words the rules,
     * since this runs on every word of a text.
     */
    public static boolean mayStartWithProclitic(String key) {
        return key.length() > MIN_STEM_LENGTH && FIRST_LETTERS.indexOf(key.charAt(0)) >= 0;
    }

    /** The stem of {@code key} under rule {@code rule} (0..RULE_COUNT-1), or null when the rule does not apply. */
    public static String stem(String key, int rule) {
        String written = RULES[rule][WRITTEN];
        String restored = RULES[rule][RESTORED];
        if (!key.startsWith(written) || key.length() - written.length() < MIN_STEM_LENGTH) {
            return null;
        }
        return restored + key.substring(written.length());
    }

    /** How many letters of the word rule {@code rule} (0..RULE_COUNT-1) takes off: 3 for ولل. */
    public static int writtenLength(int rule) {
        return RULES[rule][WRITTEN].length();
    }

    /** Whether {@code key} is {@code expected}, possibly with proclitics in front; allocates nothing. */
    public static boolean matches(String key, String expected) {
        if (key.equals(expected)) {
            return true;
        }
        if (!mayStartWithProclitic(key)) {
            return false;
        }
        for (String[] rule : RULES) {
            String written = rule[WRITTEN];
            String restored = rule[RESTORED];
            int stemLength = key.length() - written.length();
            if (stemLength >= MIN_STEM_LENGTH
                    && key.startsWith(written)
                    && expected.startsWith(restored)
                    && expected.length() - restored.length() == stemLength
                    && key.regionMatches(written.length(), expected, restored.length(), stemLength)) {
                return true;
            }
        }
        return false;
    }
}

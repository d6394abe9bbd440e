package org.marsad.lexicon;

/**
 * The proclitics that Arabic glues to the front of a word, on matching keys:
 * <ul>
 *   <li>the particles و (and), ف (so), ل (for), ب (by, with), ك (like) and their pairs (ولوكالة,
 *       فبحسب, وبكوريا);</li>
 *   <li>the same particles before the article: وال، فال، بال، كال، وبال (والكرملين is و + الكرملين,
 *       بالعراق is ب + العراق);</li>
 *   <li>لل, ل before the article, whose alef it swallows (للأناضول is ل + الأناضول), and ولل, فلل.</li>
 * </ul>
 * لـ with tatweel needs no rule: the key drops the tatweel. Stripping is only ever a candidate:
 * callers accept a stem only when it is exactly a known name, so names that merely start with these
 * letters (وام, بترا, بيونغ, لافروف, كيم, فيتنام, بوتين) are never cut. Rules are tried longest
 * first.
 */
public final class Proclitics {

    /** Proclitic sequences as written, longest first, each with what it stands for before the stem. */
    private static final String[][] RULES = {
        {"وبال", "ال"},
        {"ولل", "ال"}, {"فلل", "ال"}, {"وال", "ال"}, {"فال", "ال"}, {"بال", "ال"}, {"كال", "ال"},
        {"لل", "ال"},
        {"ول", ""}, {"وب", ""}, {"فل", ""}, {"فب", ""},
        {"و", ""}, {"ف", ""}, {"ل", ""}, {"ب", ""}, {"ك", ""},
    };
    private static final int WRITTEN = 0;
    private static final int RESTORED = 1;
    /** A stem shorter than this is a fragment, not a name. */
    private static final int MIN_STEM_LENGTH = 2;

    /** The letters every proclitic sequence starts with. */
    private static final String FIRST_LETTERS = "وفلبك";

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


    /** The proclitic letters rule {@code rule} takes off, as written in the key (e.g. {@code بال}). */
    public static String written(int rule) {
        return RULES[rule][WRITTEN];
    }

    /** What rule {@code rule} puts back in front of the stem: {@code ال} or nothing. */
    public static String restored(int rule) {
        return RULES[rule][RESTORED];
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

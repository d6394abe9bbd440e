package org.marsad.lexicon;

/**
 * Shapes of Arabic verbs read from a word's matching key alone, for the stages that need the tense
 * a sentence speaks in (the temporal tagger's tense cues, the status of an event).
 */
public final class VerbForms {

    private static final char SEEN = '\u0633';
    private static final String PRESENT_PREFIXES = "\u064A\u062A\u0646\u0627"; // ي ت ن ا
    private static final String CONJUNCTIONS = "\u0648\u0641"; // و ف
    /** سيزور: سـ, a prefix of the present tense and at least three letters of stem. */
    private static final int MIN_FUTURE_VERB = 5;

    private VerbForms() {
    }

    /** سيزور، وستعقد، فسيكون: سـ and a present-tense prefix, after an optional و or ف. */
    public static boolean isFutureVerb(String key) {
        int s = !key.isEmpty() && CONJUNCTIONS.indexOf(key.charAt(0)) >= 0 ? 1 : 0;
        return key.length() - s >= MIN_FUTURE_VERB
                && key.charAt(s) == SEEN
                && PRESENT_PREFIXES.indexOf(key.charAt(s + 1)) >= 0;
    }
}

package org.marsad.time;

/**
 * Whether the clause around an expression speaks of the future, which decides the year of a month
 * named without one and the week of a weekday (يوم الخميس). Future when, in the same sentence, a
 * future cue of the lexicon (سوف، من المقرر، يعتزم، المقبل) or a verb in سـ (سيزور، ستعقد) stands
 * before the expression, or right after it (at most {@link #WORDS_AFTER} words: the Arabic verb
 * mostly comes first, and a verb further on belongs to another clause: أعلن في 11 سبتمبر أن
 * الزعيم سيزور). Words that merely start with سـ (سيول، ستة) are listed as not-future.
 * Everything else is past: news reports what happened.
 */
final class TenseCues {

    private static final int WORDS_BEFORE = 15;
    private static final int WORDS_AFTER = 2;
    private static final char SEEN = '\u0633';
    private static final String PRESENT_PREFIXES = "\u064A\u062A\u0646\u0627"; // ي ت ن ا
    private static final String CONJUNCTIONS = "\u0648\u0641"; // و ف
    /** سيزور: سـ, a prefix of the present tense and at least three letters of stem. */
    private static final int MIN_FUTURE_VERB = 5;

    private final TimeTokens tokens;
    private final TimeLexicon lexicon;

    TenseCues(TimeTokens tokens, TimeLexicon lexicon) {
        this.tokens = tokens;
        this.lexicon = lexicon;
    }

    boolean isFuture(int first, int end) {
        for (int i = first - 1, seen = 0; i >= 0 && seen < WORDS_BEFORE && !tokens.isSentenceEnd(i); i--, seen++) {
            if (isCue(i)) {
                return true;
            }
        }
        for (int i = end, seen = 0; i < tokens.size() && seen < WORDS_AFTER && !tokens.isSentenceEnd(i); i++, seen++) {
            if (isCue(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCue(int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        var match = lexicon.at(tokens.keys(), i);
        if (match != null && match.value().is(TimeWordKind.NOT_FUTURE)) {
            return false;
        }
        if (match != null && match.value().is(TimeWordKind.FUTURE_CUE)) {
            return true;
        }
        return isFutureVerb(tokens.key(i));
    }

    static boolean isFutureVerb(String key) {
        int s = !key.isEmpty() && CONJUNCTIONS.indexOf(key.charAt(0)) >= 0 ? 1 : 0;
        return key.length() - s >= MIN_FUTURE_VERB
                && key.charAt(s) == SEEN
                && PRESENT_PREFIXES.indexOf(key.charAt(s + 1)) >= 0;
    }
}

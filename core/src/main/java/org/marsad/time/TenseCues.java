package org.marsad.time;

import org.marsad.lexicon.VerbForms;

/**
 * Whether the clause around an expression speaks of the future, which decides the year of a month
 * named without one and the week of a weekday (يوم الخميس). The nearest cue before the expression
 * in its sentence decides: a future cue of the lexicon (سوف، من المقرر، يعتزم) or a verb in سـ
 * (سيزور، ستعقد) makes it future; a past cue (كان، بعد أن, the commonest past verbs of news: زار،
 * أعلن) makes it past, so that in أعلن أنه سيتوجه إلى القاهرة بعد أن زار الرياض في مارس the month
 * is a past one. With no cue before, a future cue right after the expression (at most
 * {@link #WORDS_AFTER} words) counts: the Arabic verb mostly comes first, and a verb further on
 * belongs to another clause (أعلن في 11 سبتمبر أن الزعيم سيزور). Words that merely start with سـ
 * (سيول، ستة) are listed as not-future. Everything else is past: news reports what happened.
 */
final class TenseCues {

    private static final int WORDS_BEFORE = 15;
    private static final int NO_CUE = 0;
    private static final int FUTURE = 1;
    private static final int PAST = 2;
    private static final int WORDS_AFTER = 2;

    private final TimeTokens tokens;
    private final TimeLexicon lexicon;

    TenseCues(TimeTokens tokens, TimeLexicon lexicon) {
        this.tokens = tokens;
        this.lexicon = lexicon;
    }

    boolean isFuture(int first, int end) {
        for (int i = first - 1, seen = 0; i >= 0 && seen < WORDS_BEFORE && !tokens.isSentenceEnd(i); i--, seen++) {
            int cue = cue(i);
            if (cue != NO_CUE) {
                return cue == FUTURE; // the nearest cue before decides: كان الوزير قد زار ... سيزور
            }
        }
        for (int i = end, seen = 0; i < tokens.size() && seen < WORDS_AFTER && !tokens.isSentenceEnd(i); i++, seen++) {
            if (cue(i) == FUTURE) {
                return true;
            }
        }
        return false;
    }

    /** FUTURE, PAST or NO_CUE for the word at {@code i}. */
    private int cue(int i) {
        if (!tokens.isWord(i)) {
            return NO_CUE;
        }
        var match = lexicon.at(tokens.keys(), i);
        if (match != null && match.value().is(TimeWordKind.NOT_FUTURE)) {
            return NO_CUE;
        }
        if (match != null && match.value().is(TimeWordKind.FUTURE_CUE)) {
            return FUTURE;
        }
        if (match != null && match.value().is(TimeWordKind.PAST_CUE)) {
            return PAST;
        }
        return VerbForms.isFutureVerb(tokens.key(i)) ? FUTURE : NO_CUE;
    }

}

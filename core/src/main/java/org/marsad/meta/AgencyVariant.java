package org.marsad.meta;

import java.util.List;

/**
 * One written form of an agency's name, as the matching keys of its words.
 *
 * @param agency       the agency it names
 * @param words        matching keys of its words, at least one
 * @param needsContext whether the form is also an ordinary word, a name or a place, and so names the
 *                     agency only where the context says so ({@link AgencyContext})
 */
record AgencyVariant(Agency agency, List<String> words, boolean needsContext) {

    /** What may stand between the words of one name: spaces, and the dots and hyphens of أ.ف.ب or ITAR-TASS. */
    static final String WORD_JOINERS = ".-\u2010\u2011";

    AgencyVariant {
        words = List.copyOf(words);
    }

    int size() {
        return words.size();
    }

    /**
     * Whether the words after {@code first} continue this variant; the first word is the caller's
     * business, because it may carry proclitics.
     */
    boolean restMatches(WordTokens tokens, int first) {
        for (int k = 1; k < words.size(); k++) {
            int i = first + k;
            if (i >= tokens.size() || !tokens.key(i).equals(words.get(k)) || !tokens.gapBeforeIsOnly(i, WORD_JOINERS)) {
                return false;
            }
        }
        return true;
    }
}

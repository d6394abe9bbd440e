package org.marsad.store.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.normalize.ArabicNormalizer;

/**
 * Turns each token into its matching key, the same key entity and story matching use: diacritics
 * and tatweel out, alef, alef maqsura and teh marbuta folded, Persian and Urdu letters to Arabic,
 * digits of every script to ASCII, Latin lower-cased. In place, with no allocation, except for the
 * rare token holding presentation forms, which takes the full key (NFKC can lengthen it).
 */
public final class MatchingKeyFilter extends TokenFilter {

    /** Arabic presentation forms and other compatibility chars start here; NFKC may lengthen them. */
    private static final char FIRST_COMPATIBILITY_CHAR = '\uFB00';

    private final ArabicNormalizer normalizer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public MatchingKeyFilter(TokenStream input, ArabicNormalizer normalizer) {
        super(input);
        this.normalizer = normalizer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= FIRST_COMPATIBILITY_CHAR) {
                String key = normalizer.key(term);
                term.setEmpty().append(key);
                return true;
            }
        }
        term.setLength(normalizer.filterKey(buffer, length));
        return true;
    }
}

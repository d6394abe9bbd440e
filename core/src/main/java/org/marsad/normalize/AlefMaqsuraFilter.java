package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.ALEF_MAKSURA;
import static org.marsad.normalize.ArabicLetters.YEH;

/**
 * Writes alef maksura (ى, U+0649) as yeh (ي, U+064A).
 *
 * <p>Egyptian and many other sites write a final yeh without dots, so على and علي, مصطفى and
 * مصطفي appear for the same word; in the key they become one.
 */
final class AlefMaqsuraFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == ALEF_MAKSURA) {
                buffer[i] = YEH;
            }
        }
        return length;
    }
}

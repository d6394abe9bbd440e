package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.HEH;
import static org.marsad.normalize.ArabicLetters.TEH_MARBUTA;

/**
 * Writes teh marbuta (ة, U+0629) as heh (ه, U+0647).
 *
 * <p>A final teh marbuta is often typed without its dots (القاهره for القاهرة); in the key both
 * spellings become one.
 */
final class TehMarbutaFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == TEH_MARBUTA) {
                buffer[i] = HEH;
            }
        }
        return length;
    }
}

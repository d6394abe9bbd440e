package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.ALEF;
import static org.marsad.normalize.ArabicLetters.ALEF_HAMZA_ABOVE;
import static org.marsad.normalize.ArabicLetters.ALEF_HAMZA_BELOW;
import static org.marsad.normalize.ArabicLetters.ALEF_MADDA;
import static org.marsad.normalize.ArabicLetters.ALEF_WASLA;
import static org.marsad.normalize.ArabicLetters.ALEF_WAVY_HAMZA_ABOVE;
import static org.marsad.normalize.ArabicLetters.ALEF_WAVY_HAMZA_BELOW;

/**
 * Writes every alef variant as bare alef (U+0627): alef with hamza above (أ), with hamza below
 * (إ), with madda (آ), alef wasla (ٱ), and the alefs with wavy hamza above and below (U+0672,
 * U+0673).
 *
 * <p>Writers drop or misplace the hamza on alef all the time (احمد, أحمد, إحمد for the same name).
 * Hamza on waw (ؤ), hamza on yeh (ئ) and the standalone hamza (ء) stay as written: edited news
 * text rarely drops them, so they keep words apart instead of adding noise (إسرائيل becomes
 * اسرائيل, not اسراييل). The one common variation there, مسؤول beside مسئول, is a choice of
 * seat rather than a missing hamza, and this filter does not try to settle it.
 */
final class AlefFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            switch (buffer[i]) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA,
                     ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW -> buffer[i] = ALEF;
                default -> { }
            }
        }
        return length;
    }
}

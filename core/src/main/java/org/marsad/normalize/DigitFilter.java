package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.ARABIC_DECIMAL_SEPARATOR;
import static org.marsad.normalize.ArabicLetters.ARABIC_INDIC_DIGIT_NINE;
import static org.marsad.normalize.ArabicLetters.ARABIC_INDIC_DIGIT_ZERO;
import static org.marsad.normalize.ArabicLetters.ARABIC_THOUSANDS_SEPARATOR;
import static org.marsad.normalize.ArabicLetters.EXTENDED_ARABIC_INDIC_DIGIT_NINE;
import static org.marsad.normalize.ArabicLetters.EXTENDED_ARABIC_INDIC_DIGIT_ZERO;

/**
 * Writes digits as ASCII.
 *
 * <ul>
 *   <li>Arabic-Indic digits ٠..٩ (U+0660..U+0669) to 0..9</li>
 *   <li>Extended Arabic-Indic (Persian, Urdu) digits ۰..۹ (U+06F0..U+06F9) to 0..9</li>
 *   <li>Arabic decimal separator ٫ (U+066B) to '.', Arabic thousands separator ٬ (U+066C) to
 *       ','</li>
 * </ul>
 *
 * <p>The same date is ٢٠٢٤ on one site, ۲۰۲۴ on another and 2024 on a third. The Arabic comma
 * ، (U+060C) stays: it separates words, not digit groups, and turning it into ',' would make
 * "١، ٢" look like the number 1,2.
 */
final class DigitFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
                buffer[i] = (char) ('0' + (c - ARABIC_INDIC_DIGIT_ZERO));
            } else if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
                buffer[i] = (char) ('0' + (c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO));
            } else if (c == ARABIC_DECIMAL_SEPARATOR) {
                buffer[i] = '.';
            } else if (c == ARABIC_THOUSANDS_SEPARATOR) {
                buffer[i] = ',';
            }
        }
        return length;
    }
}

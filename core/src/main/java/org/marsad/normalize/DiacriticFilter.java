package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.EMPTY_CENTRE_LOW_STOP;
import static org.marsad.normalize.ArabicLetters.FATHATAN;
import static org.marsad.normalize.ArabicLetters.SMALL_HIGH_LIGATURE_SAD_LAM_ALEF_MAKSURA;
import static org.marsad.normalize.ArabicLetters.SMALL_HIGH_NOON;
import static org.marsad.normalize.ArabicLetters.SMALL_HIGH_ROUNDED_ZERO;
import static org.marsad.normalize.ArabicLetters.SMALL_HIGH_SEEN;
import static org.marsad.normalize.ArabicLetters.SMALL_LOW_MEEM;
import static org.marsad.normalize.ArabicLetters.SUPERSCRIPT_ALEF;
import static org.marsad.normalize.ArabicLetters.WAVY_HAMZA_BELOW;

/**
 * Removes Arabic diacritics.
 *
 * <ul>
 *   <li>U+064B..U+065F: tanween, fatha, damma, kasra, shadda, sukun, and the combining maddah and
 *       hamza marks.</li>
 *   <li>U+0670 superscript alef.</li>
 *   <li>Quranic annotation marks U+06D6..U+06DC, U+06DF..U+06E8 and U+06EA..U+06ED.</li>
 * </ul>
 *
 * <p>The same word is written with full, partial or no vowels depending on the site and the
 * sentence, so vowels cannot take part in matching. The visible Quranic signs between the mark
 * runs (U+06DD end of ayah, U+06DE rub el hizb, U+06E9 place of sajdah) stay: they stand alone
 * rather than on a letter.
 */
final class DiacriticFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (!isDiacritic(c)) {
                buffer[out++] = c;
            }
        }
        return out;
    }

    /** Whether {@code c} is one of the marks this filter removes. */
    static boolean isDiacritic(char c) {
        return (c >= FATHATAN && c <= WAVY_HAMZA_BELOW)
                || c == SUPERSCRIPT_ALEF
                || (c >= SMALL_HIGH_LIGATURE_SAD_LAM_ALEF_MAKSURA && c <= SMALL_HIGH_SEEN)
                || (c >= SMALL_HIGH_ROUNDED_ZERO && c <= SMALL_HIGH_NOON)
                || (c >= EMPTY_CENTRE_LOW_STOP && c <= SMALL_LOW_MEEM);
    }
}

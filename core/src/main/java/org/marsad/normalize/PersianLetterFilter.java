package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.BEH;
import static org.marsad.normalize.ArabicLetters.FARSI_YEH;
import static org.marsad.normalize.ArabicLetters.FEH;
import static org.marsad.normalize.ArabicLetters.GAF;
import static org.marsad.normalize.ArabicLetters.HEH;
import static org.marsad.normalize.ArabicLetters.HEH_DOACHASHMEE;
import static org.marsad.normalize.ArabicLetters.HEH_GOAL;
import static org.marsad.normalize.ArabicLetters.HEH_GOAL_HAMZA_ABOVE;
import static org.marsad.normalize.ArabicLetters.HEH_WITH_YEH_ABOVE;
import static org.marsad.normalize.ArabicLetters.JEEM;
import static org.marsad.normalize.ArabicLetters.KAF;
import static org.marsad.normalize.ArabicLetters.KEHEH;
import static org.marsad.normalize.ArabicLetters.LETTER_AE;
import static org.marsad.normalize.ArabicLetters.LETTER_E;
import static org.marsad.normalize.ArabicLetters.PEH;
import static org.marsad.normalize.ArabicLetters.TCHEH;
import static org.marsad.normalize.ArabicLetters.VEH;
import static org.marsad.normalize.ArabicLetters.YEH;
import static org.marsad.normalize.ArabicLetters.YEH_WITH_TAIL;

/**
 * Writes letters of Persian, Urdu, Pashto and Kurdish as the Arabic letter they stand for.
 *
 * <ul>
 *   <li>keheh ک (U+06A9) and gaf گ (U+06AF) to kaf ك</li>
 *   <li>Farsi yeh ی (U+06CC), yeh with tail ۍ (U+06CD) and e ې (U+06D0) to yeh ي</li>
 *   <li>heh doachashmee ھ (U+06BE), heh with yeh above ۀ (U+06C0), heh goal ہ (U+06C1), heh goal
 *       with hamza above ۂ (U+06C2) and ae ە (U+06D5) to heh ه</li>
 *   <li>veh ڤ (U+06A4) to feh ف, peh پ (U+067E) to beh ب, tcheh چ (U+0686) to jeem ج</li>
 * </ul>
 *
 * <p>Two reasons to fold them. Text typed on a Persian keyboard looks Arabic but uses ک and ی
 * (کوریا الشمالیة), so without folding it matches nothing. And Arabic writers borrow ڤ, پ, چ and
 * گ to spell foreign names (ڤيينا, پوتين) that others spell with the nearest Arabic letter.
 */
final class PersianLetterFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            buffer[i] = fold(buffer[i]);
        }
        return length;
    }

    private static char fold(char c) {
        return switch (c) {
            case KEHEH, GAF -> KAF;
            case FARSI_YEH, YEH_WITH_TAIL, LETTER_E -> YEH;
            case HEH_DOACHASHMEE, HEH_WITH_YEH_ABOVE, HEH_GOAL, HEH_GOAL_HAMZA_ABOVE, LETTER_AE -> HEH;
            case VEH -> FEH;
            case PEH -> BEH;
            case TCHEH -> JEEM;
            default -> c;
        };
    }
}

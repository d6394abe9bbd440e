package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.FATHATAN_ISOLATED;
import static org.marsad.normalize.ArabicLetters.SHADDA_DAMMATAN_ISOLATED;
import static org.marsad.normalize.ArabicLetters.SHADDA_SUPERSCRIPT_ALEF_ISOLATED;
import static org.marsad.normalize.ArabicLetters.SUKUN_MEDIAL;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * The NFKC step of the matching key, with a fast path and one repair.
 *
 * <ul>
 *   <li>NFKC turns Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFC), which text copied
 *       out of PDFs and old pages is full of, into the base letters: ﺑﻮﺗﻴﻦ becomes بوتين and the
 *       lam-alef ligature ﻻ becomes لا. It also composes alef and a combining hamza into أ, turns
 *       fullwidth Latin into ASCII and unusual spaces into U+0020.</li>
 *   <li>Fast path: most news text is already in NFKC. ICU's quick check answers that in one pass
 *       over the text without building anything; only text it cannot vouch for is normalized.</li>
 *   <li>Repair: NFKC maps the spacing forms of harakat (U+FE70..U+FE7E even, U+FC5E..U+FC63) to a
 *       space followed by the mark, which would split ﻛﺘﺎﺑﹰﺎ into two words. They are mapped to
 *       the mark alone first, so it lands on the letter before it.</li>
 * </ul>
 *
 * <p>ICU's {@link Normalizer2} instances are immutable and safe to share between threads.
 */
final class CompatibilityFolding {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** The value of the NFKC_Quick_Check property that means Yes (No is 0, Maybe is 2). */
    private static final int QUICK_CHECK_YES = 1;

    /**
     * Whether NFKC would leave {@code text} unchanged, judged by ICU's quick check. A "maybe"
     * (a combining hamza that might compose with the letter before it, harakat out of canonical
     * order) counts as no, so {@code false} means only "normalize to be sure".
     */
    static boolean isFolded(CharSequence text) {
        return NFKC.spanQuickCheckYes(text) == text.length();
    }

    /**
     * Whether NFKC can leave {@code c} out of place but never changes it: it has no decomposition
     * and never composes with a character before it (its NFKC quick check is Yes). A starter with
     * this property stays exactly where it is; a combining mark may still be reordered among the
     * marks next to it.
     */
    static boolean neverChanges(char c) {
        return UCharacter.getIntPropertyValue(c, UProperty.NFKC_QUICK_CHECK) == QUICK_CHECK_YES;
    }

    /** Whether {@code c} is a starter (canonical combining class 0), which NFKC never reorders. */
    static boolean isStarter(char c) {
        return NFKC.getCombiningClass(c) == 0;
    }

    /** The NFKC form of {@code text}, with spacing harakat attached to their letter. */
    static String fold(CharSequence text) {
        if (isFolded(text)) {
            return text.toString();
        }
        StringBuilder marksAttached = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String decomposition = isSpacingMarkForm(c) ? NFKC.getDecomposition(c) : null;
            if (decomposition != null && decomposition.charAt(0) == ' ') {
                marksAttached.append(decomposition, 1, decomposition.length());
            } else {
                marksAttached.append(c);
            }
        }
        return NFKC.normalize(marksAttached);
    }

    /**
     * The two ranges that hold the spacing harakat; their odd neighbours (tatweel plus mark, and
     * U+FE73 tail fragment) have no leading space in their mapping and are left to NFKC.
     */
    private static boolean isSpacingMarkForm(char c) {
        return (c >= SHADDA_DAMMATAN_ISOLATED && c <= SHADDA_SUPERSCRIPT_ALEF_ISOLATED)
                || (c >= FATHATAN_ISOLATED && c <= SUKUN_MEDIAL);
    }

    private CompatibilityFolding() {
    }
}

package org.marsad.normalize;

/**
 * Names for the Arabic-script code points Marsad works with, and {@link #isArabicLetter(char)}.
 *
 * <p>Each constant is named after its Unicode character name, shortened where the short form is
 * the one Arabic typographers use ({@code ALEF_MADDA} for ARABIC LETTER ALEF WITH MADDA ABOVE).
 * The filters use these names so that a reader never has to decode a {@code \u0623}.
 */
public final class ArabicLetters {

    // Letters of the Arabic alphabet that the filters read or write.
    public static final char HAMZA = '\u0621';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char WAW_HAMZA_ABOVE = '\u0624';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char YEH_HAMZA_ABOVE = '\u0626';
    public static final char ALEF = '\u0627';
    public static final char BEH = '\u0628';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char JEEM = '\u062C';
    public static final char TATWEEL = '\u0640';
    public static final char FEH = '\u0641';
    public static final char KAF = '\u0643';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';

    // Harakat and the other combining marks of U+064B..U+065F.
    public static final char FATHATAN = '\u064B';
    public static final char DAMMATAN = '\u064C';
    public static final char KASRATAN = '\u064D';
    public static final char FATHA = '\u064E';
    public static final char DAMMA = '\u064F';
    public static final char KASRA = '\u0650';
    public static final char SHADDA = '\u0651';
    public static final char SUKUN = '\u0652';
    public static final char MADDA_ABOVE = '\u0653';
    public static final char HAMZA_ABOVE = '\u0654';
    public static final char HAMZA_BELOW = '\u0655';
    /** The last combining mark of the U+064B block of marks. */
    public static final char WAVY_HAMZA_BELOW = '\u065F';
    /** The small alef written above a letter, as in هٰذا; a combining mark despite its name. */
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    // Alef variants that carry no meaning for matching.
    public static final char ALEF_WASLA = '\u0671';
    public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
    public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';

    // Letters of Persian, Urdu, Pashto and Kurdish that Arabic keyboards and sites mix in.
    public static final char PEH = '\u067E';
    public static final char TCHEH = '\u0686';
    public static final char VEH = '\u06A4';
    public static final char KEHEH = '\u06A9';
    public static final char GAF = '\u06AF';
    public static final char HEH_DOACHASHMEE = '\u06BE';
    public static final char HEH_WITH_YEH_ABOVE = '\u06C0';
    public static final char HEH_GOAL = '\u06C1';
    public static final char HEH_GOAL_HAMZA_ABOVE = '\u06C2';
    public static final char FARSI_YEH = '\u06CC';
    public static final char YEH_WITH_TAIL = '\u06CD';
    /** ARABIC LETTER E (Pashto, Uyghur). */
    public static final char LETTER_E = '\u06D0';
    /** ARABIC LETTER AE (Kurdish, Uyghur), also typed for a final heh. */
    public static final char LETTER_AE = '\u06D5';

    // Quranic annotation marks, in three runs; the gaps are visible signs, not marks:
    // U+06DD END OF AYAH, U+06DE RUB EL HIZB, U+06E9 PLACE OF SAJDAH.
    public static final char SMALL_HIGH_LIGATURE_SAD_LAM_ALEF_MAKSURA = '\u06D6';
    public static final char SMALL_HIGH_SEEN = '\u06DC';
    public static final char SMALL_HIGH_ROUNDED_ZERO = '\u06DF';
    public static final char SMALL_HIGH_NOON = '\u06E8';
    public static final char EMPTY_CENTRE_LOW_STOP = '\u06EA';
    public static final char SMALL_LOW_MEEM = '\u06ED';

    // Digits and number punctuation.
    public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
    public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
    public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
    public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_COMMA = '\u060C';
    public static final char ARABIC_SEMICOLON = '\u061B';
    public static final char ARABIC_QUESTION_MARK = '\u061F';

    /** An invisible bidi control, like U+200F RIGHT-TO-LEFT MARK but in the Arabic block. */
    public static final char ARABIC_LETTER_MARK = '\u061C';

    // Presentation forms whose compatibility mapping is a space followed by a mark:
    // U+FC5E..U+FC63 shadda ligatures, and the even code points of U+FE70..U+FE7E.
    public static final char SHADDA_DAMMATAN_ISOLATED = '\uFC5E';
    public static final char SHADDA_SUPERSCRIPT_ALEF_ISOLATED = '\uFC63';
    public static final char FATHATAN_ISOLATED = '\uFE70';
    public static final char SUKUN_MEDIAL = '\uFE7F';

    // Blocks of the Arabic script, for isArabicLetter.
    private static final char ARABIC_FIRST = '\u0600';
    private static final char ARABIC_LAST = '\u06FF';
    private static final char SUPPLEMENT_FIRST = '\u0750';
    private static final char SUPPLEMENT_LAST = '\u077F';
    private static final char EXTENDED_B_FIRST = '\u0870';
    private static final char EXTENDED_A_LAST = '\u08FF';
    private static final char PRESENTATION_FORMS_A_FIRST = '\uFB50';
    private static final char PRESENTATION_FORMS_A_LAST = '\uFDFF';
    private static final char PRESENTATION_FORMS_B_FIRST = '\uFE70';
    /** The last letter of Presentation Forms-B; U+FEFF after it is the byte order mark. */
    private static final char PRESENTATION_FORMS_B_LAST_LETTER = '\uFEFC';

    /**
     * Whether {@code c} is a letter of the Arabic script: a code point of the Arabic, Arabic
     * Supplement, Arabic Extended-A/B or Arabic Presentation Forms-A/B blocks whose Unicode general
     * category is a letter (L*).
     *
     * <p>The category test keeps out what those blocks also hold: harakat and Quranic marks,
     * digits, punctuation such as the Arabic comma, and symbols such as the rial sign. Tatweel
     * (U+0640) counts as a letter, as Unicode classes it (Lm), because it only ever stands inside
     * an Arabic word. Presentation forms count, so that a line of text extracted from a PDF is
     * recognised as Arabic before NFKC has run.
     */
    public static boolean isArabicLetter(char c) {
        // The basic alphabet, hamza to yeh with tatweel, is nearly every call: answered first.
        if (c >= HAMZA && c <= YEH) {
            return true;
        }
        if (c < ARABIC_FIRST) {
            return false;
        }
        boolean inArabicBlock = (c >= ARABIC_FIRST && c <= ARABIC_LAST)
                || (c >= SUPPLEMENT_FIRST && c <= SUPPLEMENT_LAST)
                || (c >= EXTENDED_B_FIRST && c <= EXTENDED_A_LAST)
                || (c >= PRESENTATION_FORMS_A_FIRST && c <= PRESENTATION_FORMS_A_LAST)
                || (c >= PRESENTATION_FORMS_B_FIRST && c <= PRESENTATION_FORMS_B_LAST_LETTER);
        return inArabicBlock && Character.isLetter(c);
    }

    private ArabicLetters() {
    }
}

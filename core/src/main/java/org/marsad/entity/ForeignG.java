package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.marsad.normalize.ArabicLetters;

/**
 * The second spelling of a foreign place name whose hard g is written غ: the same name with ج, the
 * way Egyptian and many Gulf outlets write that g (تونغا / تونجا, هامبورغ / هامبورج, السنغال / السنجال,
 * هونغ كونغ / هونج كونج). {@link SpellingFamily} already treats ج غ ق as one letter, but only lets a
 * one-word person's name resolve through its family; for places that would be too loose (الأرض and
 * الرياض share a skeleton), so the ج form is listed as a spelling of its own instead.
 *
 * <p>Applied to ICU's names ({@link IcuPlaceNames}) outside the Arab world only: there غ is the Arabic
 * letter (غزة, بغداد, المغرب), and its ج form is another word (المجرب, جزة). The hand-written files
 * list their ج spellings themselves, row by row. A one-word name needs {@link #MIN_ONE_WORD}
 * letters, since short ج forms are ordinary words (غوا, Goa: جوا, by air); in a name of several words
 * every word must match, which is evidence enough.
 */
final class ForeignG {

    private static final char GHAIN = '\u063A';
    private static final char JEEM = '\u062C';
    static final int MIN_ONE_WORD = 5;

    /**
     * ISO 3166 codes of the Arab League's members: their places are named in Arabic, not
     * transliterated.
     */
    static final Set<String> ARAB_REGIONS = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY",
            "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH");

    private ForeignG() {
    }

    /** The ج spellings of {@code names} (each of which has غ and passes the length rule), in order. */
    static List<String> jeemSpellings(List<String> names) {
        List<String> out = new ArrayList<>(0);
        for (String name : names) {
            if (name.indexOf(GHAIN) < 0) {
                continue;
            }
            String[] words = name.trim().split("\\s+");
            if (words.length == 1 && letters(words[0]) < MIN_ONE_WORD) {
                continue;
            }
            String jeem = name.replace(GHAIN, JEEM);
            if (!out.contains(jeem)) {
                out.add(jeem);
            }
        }
        return out;
    }

    /** Arabic letters of a word (the article counted: السنغال has 7). */
    private static int letters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (ArabicLetters.isArabicLetter(c)) {
                n++;
            }
        }
        return n;
    }
}

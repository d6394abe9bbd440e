package org.marsad.entity;

/**
 * Marsad's rule for whether two written names are spellings of one name, as the
 * {@link EntityRecognizer} applies it when it ties an unlisted spelling to a listed one:
 * <ul>
 *   <li>the same matching key (hamza forms, ى/ي, ة/ه, diacritics and tatweel folded): the same name;</li>
 *   <li>otherwise the same number of words, each pair of words in one {@link SpellingFamily}
 *       (same skeleton: ج/غ/ق, ت/ط, س/ص/ث, ز/ذ/ظ, د/ض folded, inner long vowels dropped,
 *       doubled letters single), and each pair close by {@link SpellingFamily#distance}: at most 0.34
 *       per word in a name of several words; a one-word name only when both words are four
 *       letters or more without the article, at most 0.2 apart, and one is the other with long
 *       vowels added (never moved or replaced: بوتن is بوتين, مكان is not ماكين).</li>
 * </ul>
 * Hyphen and space are both word breaks. Stateless.
 */
public final class SpellingVariants {

    private SpellingVariants() {
    }

    /** Whether {@code a} and {@code b} spell one name. */
    public static boolean sameName(String a, String b) {
        String[] ka = EntityLexicon.keys(a);
        String[] kb = EntityLexicon.keys(b);
        if (ka.length == 0 || ka.length != kb.length) {
            return false;
        }
        if (java.util.Arrays.equals(ka, kb)) {
            return true;
        }
        boolean oneWord = ka.length == 1;
        for (int k = 0; k < ka.length; k++) {
            if (!SpellingFamily.skeleton(ka[k]).equals(SpellingFamily.skeleton(kb[k]))) {
                return false;
            }
            if (oneWord && !(SpellingFamily.mayJoinAlone(ka[0]) && SpellingFamily.mayJoinAlone(kb[0]))) {
                return false;
            }
            if (!SpellingFamily.close(ka[k], kb[k], oneWord)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The family key of a written name: the skeletons of its words. Two names {@link #sameName}
     * only when their family keys are equal (or their matching keys are), so a caller comparing
     * many names need only compare those sharing a family key.
     */
    public static String familyKey(String written) {
        String[] keys = EntityLexicon.keys(written);
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append(sb.isEmpty() ? "" : " ").append(SpellingFamily.skeleton(k));
        }
        return sb.toString();
    }
}

package org.marsad.entity;

/**
 * The spelling family of a transliterated word: one skeleton key shared by the ways Arabic news
 * writes a foreign name, and a score for how close two members are. Works on matching keys
 * ({@code ArabicNormalizer}), where hamza-on-alef, ى and ة are already folded. The skeleton:
 * <ul>
 *   <li>ج غ ق are one letter (the g of Pyongyang, Shoigu); ك stays itself;</li>
 *   <li>ت ط, س ص ث, ز ذ ظ, د ض are one letter each;</li>
 *   <li>ؤ is و, ئ is ي, a lone ء is dropped;</li>
 *   <li>the long vowels ا و ي inside the word are dropped (بوتين, بوتن); a first letter is kept,
 *       every first vowel becoming ا (أون, اون); a last ا or ه is one letter;</li>
 *   <li>a doubled letter is one letter.</li>
 * </ul>
 * Hyphen against space is the tokenizer's business (both separate words); a name written as one
 * word (بيونجيانج) meets its spaced form through the joined variants of the lexicon.
 */
final class SpellingFamily {

    private static final char G = 'G';
    private static final char T = 'T';
    private static final char S = 'S';
    private static final char Z = 'Z';
    private static final char D = 'D';
    private static final char VOWEL = 'A';
    private static final char FINAL_A = 'E';
    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char HEH = '\u0647';
    private static final char HAMZA = '\u0621';
    private static final char WAW_HAMZA = '\u0624';
    private static final char YEH_HAMZA = '\u0626';

    /** A word shorter than this never joins a spelling family alone: too many words look alike. */
    static final int MIN_FAMILY_WORD = 4;
    static final int MIN_FAMILY_SKELETON = 3;
    /** Largest per-word {@link #distance} accepted for a word of a name of several words. */
    static final double MAX_FAMILY_DISTANCE = 0.34;
    /** Stricter for a one-word name: one added or dropped vowel in a short name, two in a long one. */
    static final double MAX_SINGLE_WORD_DISTANCE = 0.2;
    private static final String ARTICLE = "ال";

    private SpellingFamily() {
    }

    /**
     * Whether a word may be a one-word name's spelling variant at all: long enough, without the
     * article, with a skeleton of three letters or more (shorter ones are shared by too many words).
     */
    static boolean mayJoinAlone(String key) {
        return key.length() >= MIN_FAMILY_WORD && !key.startsWith(ARTICLE)
                && skeleton(key).length() >= MIN_FAMILY_SKELETON;
    }

    /**
     * Whether two words of one family (same {@link #skeleton}) are close enough to be one name's:
     * {@link #distance} at most {@link #MAX_FAMILY_DISTANCE} for a word of a longer name, whose
     * other words add evidence; for a one-word name at most {@link #MAX_SINGLE_WORD_DISTANCE} and
     * {@link #vowelsAddedOnly one spelling adding long vowels to the other}, never moving or
     * replacing one: a transliteration writes more or fewer vowels (بوتين, بوتن), while a native
     * word that shares a foreign name's consonants puts its vowels elsewhere (مكان, ماكين; فريق, فاراج).
     * For a one-word name {@code a} is the word read and {@code b} the listed spelling: a shorter
     * {@code a} must still write a long vowel.
     */
    static boolean close(String a, String b, boolean oneWordName) {
        if (!oneWordName) {
            return distance(a, b) <= MAX_FAMILY_DISTANCE;
        }
        return distance(a, b) <= MAX_SINGLE_WORD_DISTANCE
                && (a.length() >= b.length() ? vowelsAddedOnly(a, b) : vowelsAddedOnly(b, a) && hasLongVowel(a));
    }

    /**
     * Whether the word writes a long vowel. A transliterated name that drops vowels keeps some
     * (بوتن for بوتين); a word with none is a native noun sharing the name's consonants (مركز, ماركيز).
     */
    private static boolean hasLongVowel(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (isVowel(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code longer} is {@code shorter} with long vowels, hamzas, a final ه or doubled
     * letters added (letters compared by class, a last ا and ه alike), and nothing else changed.
     */
    static boolean vowelsAddedOnly(String longer, String shorter) {
        int j = 0;
        int n = longer.length();
        int m = shorter.length();
        for (int i = 0; i < n; i++) {
            char c = letterClass(longer.charAt(i));
            if (j < m && sameLetter(c, letterClass(shorter.charAt(j)), i == n - 1 && j == m - 1)) {
                j++;
            } else if (!(isVowel(c) || c == HAMZA || c == HEH
                    || (i > 0 && c == letterClass(longer.charAt(i - 1))))) {
                return false;
            }
        }
        return j == m;
    }

    private static boolean sameLetter(char a, char b, boolean bothLast) {
        return a == b || (bothLast && (a == ALEF || a == HEH) && (b == ALEF || b == HEH));
    }

    /** The letter class of {@code c}: the same char for letters that are their own class. */
    static char letterClass(char c) {
        return switch (c) {
            case '\u062C', '\u063A', '\u0642' -> G;   // ج غ ق
            case '\u062A', '\u0637' -> T;             // ت ط
            case '\u0633', '\u0635', '\u062B' -> S;   // س ص ث
            case '\u0632', '\u0630', '\u0638' -> Z;   // ز ذ ظ
            case '\u062F', '\u0636' -> D;             // د ض
            case WAW_HAMZA -> WAW;
            case YEH_HAMZA -> YEH;
            default -> c;
        };
    }

    static boolean isVowel(char c) {
        return c == ALEF || c == WAW || c == YEH;
    }

    /** The skeleton of one word's key. */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        int n = key.length();
        for (int i = 0; i < n; i++) {
            char c = letterClass(key.charAt(i));
            if (c == HAMZA) {
                continue;
            }
            char k;
            if (out.isEmpty()) {
                k = isVowel(c) ? VOWEL : c;
            } else if (i == n - 1 && (c == ALEF || c == HEH)) {
                k = FINAL_A;
            } else if (isVowel(c) && i < n - 1) {
                continue;
            } else {
                k = c;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != k) {
                out.append(k);
            }
        }
        return out.toString();
    }

    /**
     * How far apart two words of one family are, 0 for the same spelling: an edit distance on letter
     * classes where adding or dropping a long vowel or a hamza costs a half and any other edit one,
     * divided by the longer length.
     */
    static double distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indelCost(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = letterClass(a.charAt(i - 1));
            cur[0] = prev[0] + indelCost(ca);
            for (int j = 1; j <= m; j++) {
                char cb = letterClass(b.charAt(j - 1));
                double sub = prev[j - 1] + (ca == cb ? 0 : substitutionCost(ca, cb));
                cur[j] = Math.min(sub, Math.min(prev[j] + indelCost(ca), cur[j - 1] + indelCost(cb)));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] / Math.max(1, Math.max(n, m));
    }

    private static double indelCost(char c) {
        return isVowel(c) || c == HAMZA || c == HEH ? 0.5 : 1;
    }

    private static double substitutionCost(char a, char b) {
        boolean endings = (a == ALEF || a == HEH) && (b == ALEF || b == HEH);
        return endings || (isVowel(a) && isVowel(b)) ? 0.5 : 1;
    }
}

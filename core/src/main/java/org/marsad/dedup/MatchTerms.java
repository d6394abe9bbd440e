package org.marsad.dedup;

import org.marsad.lexicon.KeyTokens;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The terms that duplicate detection and story clustering compare: the word tokens of the
 * {@link ArabicNormalizer#key matching key} ({@link KeyTokens}), each with its article proclitics
 * stripped:
 * <ul>
 *   <li>ال and its proclitic combinations وال فال بال كال ولل فلل لل (للوزير is ل + الوزير) are
 *       cut when at least {@value #MIN_STEM} letters remain, so الوزير، والوزير، للوزير and وزير
 *       are one term;</li>
 *   <li>a bare و ف ب ل before a word without the article is kept: stripping it would turn وزير
 *       into زير while والوزير gives وزير, and the same word would become two terms.</li>
 * </ul>
 * A compound name written as two words (عبد العزيز) is one term, as written joined (عبدالعزيز).
 * Single letters are dropped. Numbers are kept (they carry the facts wire copies share).
 */
public final class MatchTerms {

    /** A stem shorter than this keeps its prefix: الى, الا and the like are words, not ال + stem. */
    static final int MIN_STEM = 2;
    /** The article and its proclitic combinations, longest first. لل stands for ل + ال. */
    private static final String[] ARTICLE_PREFIXES = {"وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل"};

    /**
     * The one-letter proclitics و ف ب ل, which {@link #stem} keeps on a word (cutting them would
     * split وزير from زير); a rule that looks a word up may allow one glued to it.
     */
    public static final String BARE_PROCLITICS = "وفبل";

    private static final String ABD = "عبد";
    private static final String ARTICLE = "ال";

    private MatchTerms() {
    }

    /** The terms of {@code text} in order, repeats kept. */
    public static String[] of(CharSequence text) {
        String[] tokens = KeyTokens.of(ArabicNormalizer.standard().key(text));
        int kept = 0;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.length() <= 1) {
                continue;
            }
            if (i + 1 < tokens.length && isServantOf(token, tokens[i + 1])) {
                tokens[kept++] = token + tokens[++i];
                continue;
            }
            tokens[kept++] = stem(token);
        }
        if (kept == tokens.length) {
            return tokens;
        }
        String[] out = new String[kept];
        System.arraycopy(tokens, 0, out, 0, kept);
        return out;
    }

    /**
     * Whether {@code token} is عبد (alone or after a bare و ف ب ل) and {@code next} a name with the
     * article: a compound name such as عبدالعزيز or عبدالله is written as one word or as two
     * (عبد العزيز) by the same outlets, and as two it would give the terms عبد and عزيز.
     */
    private static boolean isServantOf(String token, String next) {
        int length = token.length();
        boolean servant = length == ABD.length() ? token.equals(ABD)
                : length == ABD.length() + 1 && token.endsWith(ABD) && BARE_PROCLITICS.indexOf(token.charAt(0)) >= 0;
        return servant && next.length() > ARTICLE.length() + 1 && next.startsWith(ARTICLE);
    }

    /** {@code token} (a key word) without its article prefix; itself when it has none. */
    public static String stem(String token) {
        char first = token.isEmpty() ? 0 : token.charAt(0);
        if (first != 'ا' && first != 'و' && first != 'ف' && first != 'ب' && first != 'ك' && first != 'ل') {
            return token;
        }
        for (String prefix : ARTICLE_PREFIXES) {
            if (token.length() - prefix.length() >= MIN_STEM && token.startsWith(prefix)) {
                return token.substring(prefix.length());
            }
        }
        return token;
    }
}

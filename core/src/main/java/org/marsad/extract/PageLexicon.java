package org.marsad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.PhraseTable;
import org.marsad.lexicon.TsvResource;

/**
 * The page-level lexicons of the text extractor, each a data file in this package:
 * {@code boilerplate.tsv} (chrome), {@code separators.tsv} (what announces appended articles and
 * related lists), {@code sections.tsv} (section names) and {@code datelines.tsv} (places that open a
 * paragraph). Loaded once, immutable, shared.
 */
final class PageLexicon {

    /** How a chrome phrase must sit in a line to make it chrome. */
    enum ChromeMatch { LINE, PREFIX, CONTAINS }

    /** Lines longer than this are never chrome by a prefix or contains rule: they are prose that quotes it. */
    static final int MAX_CHROME_WORDS = 16;

    /** Words of outlet names that sites print alone near the headline (البوابة نيوز, سام برس, الجزيرة نت). */
    private static final List<String> OUTLET_WORDS = List.of(
            "نيوز", "برس", "نت", "اليوم", "بوست", "تايمز", "الاخباريه", "الاخباري", "اونلاين", "عربي", "عربيه",
            "24", "tv", "news", "press", "online", "صحيفه", "جريده", "بوابه", "موقع", "قناه", "راديو", "الاخبار");

    final PhraseTable<ChromeMatch> chrome;
    /** Separators; the value is true for those that announce related headlines only. */
    final PhraseTable<Boolean> separators;
    /** Section names; the value is true for a head word such as أخبار. */
    final PhraseTable<Boolean> sections;
    final PhraseTable<Boolean> datelines;
    private final Set<String> outletWords = new HashSet<>();

    PageLexicon(Function<String, String> key) {
        chrome = new PhraseTable<>(TsvResource.read(PageLexicon.class, "boilerplate.tsv", 2), key,
                row -> ChromeMatch.valueOf(row.cell(1).toUpperCase(java.util.Locale.ROOT)));
        separators = new PhraseTable<>(TsvResource.read(PageLexicon.class, "separators.tsv", 2), key,
                row -> row.cell(1).equals("related"));
        sections = new PhraseTable<>(TsvResource.read(PageLexicon.class, "sections.tsv", 2), key,
                row -> row.cell(1).equals("head"));
        datelines = new PhraseTable<>(TsvResource.read(PageLexicon.class, "datelines.tsv", 1), key, row -> Boolean.TRUE);
        for (String w : OUTLET_WORDS) {
            outletWords.add(String.join("", KeyTokens.of(key.apply(w))));
        }
    }

    /** The chrome phrase that makes this line chrome, or null. */
    String chromePhrase(String[] tokens) {
        String[] words = KeyTokens.withoutNumbers(tokens);
        PhraseTable.Match<ChromeMatch> whole = chrome.whole(words);
        if (whole != null) {
            return whole.phrase();
        }
        if (tokens.length > MAX_CHROME_WORDS) {
            return null;
        }
        PhraseTable.Match<ChromeMatch> prefix = chrome.at(words, 0);
        if (prefix != null && prefix.value() != ChromeMatch.LINE) {
            return prefix.phrase();
        }
        for (int i = 1; i < words.length; i++) {
            PhraseTable.Match<ChromeMatch> m = chrome.at(words, i);
            if (m != null && m.value() == ChromeMatch.CONTAINS) {
                return m.phrase();
            }
        }
        return null;
    }

    /** Whether a short line names a section: a listed name, or a head word with one to three more words. */
    boolean isSection(String[] tokens) {
        if (tokens.length == 0 || tokens.length > 4) {
            return false;
        }
        if (sections.whole(tokens) != null) {
            return true;
        }
        PhraseTable.Match<Boolean> head = sections.at(tokens, 0);
        return head != null && head.value() && head.length() == 1 && tokens.length > 1;
    }

    /** Whether a short line looks like an outlet's name rather than a headline. */
    boolean looksLikeOutletName(String[] tokens, LineShape shape) {
        if (shape.isLatinOnly()) {
            return true;
        }
        for (String t : tokens) {
            if (outletWords.contains(t)) {
                return true;
            }
        }
        return false;
    }

    boolean isDatelinePlace(String[] tokens) {
        return datelines.whole(tokens) != null;
    }
}

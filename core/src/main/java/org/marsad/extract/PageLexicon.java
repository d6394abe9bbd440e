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
    enum ChromeMatch { LINE, PREFIX, CONTAINS, SHARE }

    /** What a separator line announces. */
    enum Announces { EITHER, RELATED, COMMENTS }

    /** Lines longer than this are never chrome by a prefix or contains rule: they are prose that quotes it. */
    static final int MAX_CHROME_WORDS = 16;

    /** Words of outlet names that sites print alone near the headline (البوابة نيوز, سام برس, الجزيرة نت). */
    private static final List<String> OUTLET_WORDS = List.of(
            "نيوز", "برس", "نت", "اليوم", "بوست", "تايمز", "الاخباريه", "الاخباري", "اونلاين", "عربي", "عربيه",
            "24", "tv", "news", "press", "online", "صحيفه", "جريده", "بوابه", "موقع", "قناه", "راديو", "الاخبار");

    /** Punctuation of headlines (a quote, a colon) that outlet names do not have. */
    private static final String HEADLINE_PUNCTUATION = ":\"“”«»'؟?!";

    /** Credits that name no one: roundups from several sources (keyed). */
    private static final Set<String> ROUNDUP_WORDS = Set.of("متابعات", "وكالات", "خاص", "الوكالات");

    final PhraseTable<ChromeMatch> chrome;
    final PhraseTable<Announces> separators;
    /** Section names; the value is the row's kind: name, head (أخبار ...) or home (the first breadcrumb). */
    final PhraseTable<String> sections;
    final PhraseTable<Boolean> datelines;
    private final Set<String> outletWords = new HashSet<>();

    private final Function<String, String> key;

    PageLexicon(Function<String, String> key) {
        this.key = key;
        chrome = new PhraseTable<>(TsvResource.read(PageLexicon.class, "boilerplate.tsv", 2), key,
                row -> ChromeMatch.valueOf(row.cell(1).toUpperCase(java.util.Locale.ROOT)));
        separators = new PhraseTable<>(TsvResource.read(PageLexicon.class, "separators.tsv", 2), key,
                row -> Announces.valueOf(row.cell(1).toUpperCase(java.util.Locale.ROOT)));
        sections = new PhraseTable<>(TsvResource.read(PageLexicon.class, "sections.tsv", 2), key, row -> row.cell(1));
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
        if (isShareBar(words)) {
            return "share bar";
        }
        if (tokens.length > MAX_CHROME_WORDS) {
            return null;
        }
        PhraseTable.Match<ChromeMatch> prefix = chrome.at(words, 0);
        if (prefix != null && (prefix.value() == ChromeMatch.PREFIX || prefix.value() == ChromeMatch.CONTAINS)) {
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

    /** A line made only of share-button words: فيسبوك تويتر واتساب. */
    private boolean isShareBar(String[] words) {
        if (words.length < 2) {
            return false;
        }
        for (int i = 0; i < words.length; ) {
            PhraseTable.Match<ChromeMatch> m = chrome.at(words, i);
            if (m == null || m.value() != ChromeMatch.SHARE) {
                return false;
            }
            i = m.end();
        }
        return true;
    }

    /** Whether a short line names a section: a listed name, or a head word with one to three more words. */
    boolean isSection(String[] tokens) {
        if (tokens.length == 0 || tokens.length > 4) {
            return false;
        }
        PhraseTable.Match<String> whole = sections.whole(tokens);
        if (whole != null) {
            return !whole.value().equals("home");
        }
        PhraseTable.Match<String> head = sections.at(tokens, 0);
        return head != null && head.value().equals("head") && head.length() == 1 && tokens.length > 1;
    }

    /** Whether the line opens with the home page's name, as breadcrumbs do. */
    boolean startsWithHomeCrumb(String[] tokens) {
        PhraseTable.Match<String> first = sections.at(tokens, 0);
        return first != null && first.value().equals("home");
    }

    /** Whether the words are exactly the home page's name. */
    boolean isHomeCrumb(String[] tokens) {
        PhraseTable.Match<String> whole = sections.whole(tokens);
        return whole != null && whole.value().equals("home");
    }

    /**
     * Whether a short line looks like an outlet's name rather than a headline: Latin only, or with a
     * word outlet names are made of, and none of the colons and quotes that headlines carry.
     */
    boolean looksLikeOutletName(String text, String[] tokens, LineShape shape) {
        for (int i = 0; i < text.length(); i++) {
            if (HEADLINE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
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

    /** The key words of a text, as page lines hold them. */
    String[] keyWords(String text) {
        return KeyTokens.of(key.apply(text));
    }

    /** {@code متابعات}, {@code وكالات}: a credit that names no one. */
    boolean isRoundup(String[] tokens) {
        return tokens.length == 1 && ROUNDUP_WORDS.contains(tokens[0]);
    }

    boolean isDatelinePlace(String[] tokens) {
        return datelines.whole(tokens) != null;
    }
}

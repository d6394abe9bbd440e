package org.marsad.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.marsad.lexicon.KeyTokens;

/**
 * Turns a tag line into tags. Sites separate tags with commas or bars, but a crawl that drops the
 * HTML often leaves them run together with single spaces
 * ({@code الرئيس الروسي فلاديمير بوتين كوريا الشمالية فيتنام}). Then the boundaries are put back with
 * rules about how Arabic noun phrases are built, checked against the article's own text:
 * <ul>
 *   <li>explicit separators ({@code ، , | # ؛}) split and nothing else is done; the underscores of
 *       hashtags are spaces ({@code #مجلس_الوزراء});</li>
 *   <li>a word with the article {@code ال} followed by a word without it ends a phrase: definite
 *       phrases are closed by their adjectives (كوريا الشمالية | فيتنام, السفير الروسي | فلاديمير);</li>
 *   <li>any other pair of words stays together only when the pair occurs in the article's text
 *       (فلاديمير بوتين, كوريا الشمالية), or when the second word is a definite relative adjective
 *       ending in ي / ية, which can only qualify what precedes it (الرئيس الروسي);</li>
 *   <li>a tag has at most four words;</li>
 *   <li>tags whose matching keys are equal are one tag (كوريا الشمالية, کوریا الشمالیة), the first
 *       spelling is kept.</li>
 * </ul>
 */
public final class TagListSplitter {

    private static final int MAX_TAG_WORDS = 4;
    private static final String EXPLICIT_SEPARATORS = "[،,|#؛;]+";
    private static final String DEFINITE = "ال";

    private final Function<String, String> key;

    /** @param key the matching key (alef, yeh, teh marbuta and Persian letters folded) */
    public TagListSplitter(Function<String, String> key) {
        this.key = key;
    }

    /**
     * @param tagLine     the value of a tag line, without its label
     * @param articleText the article's title and paragraphs, in any form; it is keyed here
     */
    public List<String> split(String tagLine, String articleText) {
        return splitKeyed(tagLine, paddedKey(articleText));
    }

    /**
     * As {@link #split(String, String)}, with the article's text already prepared by
     * {@link #paddedKey(String)} so several tag lines of one article share the work.
     */
    public List<String> splitKeyed(String tagLine, String paddedTextKey) {

        List<String> phrases = new ArrayList<>();
        String[] pieces = tagLine.split(EXPLICIT_SEPARATORS);
        if (pieces.length > 1) {
            for (String piece : pieces) {
                // #مجلس_الوزراء is the tag مجلس الوزراء written as a hashtag
                String tag = piece.replace('_', ' ').strip();
                if (!tag.isEmpty()) {
                    phrases.add(tag);
                }
            }
        } else {
            splitRunTogether(tagLine.strip(), paddedTextKey, phrases);
        }
        return dedupe(phrases);
    }

    /** The article's matching key as single-space-separated tokens with a space at both ends. */
    public String paddedKey(String articleText) {
        return " " + String.join(" ", KeyTokens.of(key.apply(articleText))) + " ";
    }

    private void splitRunTogether(String line, String text, List<String> out) {
        if (line.isEmpty()) {
            return;
        }
        String[] words = line.split("\\s+");
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            keys[i] = String.join("", KeyTokens.of(key.apply(words[i])));
        }
        int start = 0;
        for (int i = 1; i <= words.length; i++) {
            boolean boundary = i == words.length
                    || i - start >= MAX_TAG_WORDS
                    || !belongTogether(keys[i - 1], keys[i], text);
            if (boundary) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, i)));
                start = i;
            }
        }
    }

    private static boolean belongTogether(String left, String right, String text) {
        if (isDefinite(left) && !isDefinite(right)) {
            return false;
        }
        return text.contains(" " + left + " " + right + " ") || (isDefinite(right) && isRelativeAdjective(right));
    }

    private static boolean isDefinite(String word) {
        return word.length() > DEFINITE.length() + 1 && word.startsWith(DEFINITE);
    }

    /** Nisba adjectives: الروسي, الشمالية (keyed: الشماليه). */
    private static boolean isRelativeAdjective(String word) {
        return word.length() >= 5 && (word.endsWith("ي") || word.endsWith("يه"));
    }

    private List<String> dedupe(List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            byKey.putIfAbsent(String.join(" ", KeyTokens.of(key.apply(tag))), tag);
        }
        byKey.remove("");
        return new ArrayList<>(byKey.values());
    }

    /** Merges tag lists of several lines of one article, keeping the first spelling of each tag. */
    public List<String> merge(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return dedupe(all);
    }
}

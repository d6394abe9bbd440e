package org.marsad.extract.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;
import org.marsad.util.BoundedMemo;

/**
 * What an element's {@code class} and {@code id} say about it, from the words in
 * {@code class-hints.tsv}: main text, chrome, metadata or caption. Words are found by splitting
 * the attribute values at anything that is not a letter or digit and at camelCase boundaries, so
 * {@code td-post-content}, {@code entry_content} and {@code articleBody} all count
 * ({@code articleBody} also counts as the single word {@code articlebody}).
 */
final class ClassHints {

    /** What the words of one element say, as counts. */
    record Hint(int positive, int negative, int strong, int meta, int caption) {
        static final Hint NONE = new Hint(0, 0, 0, 0, 0);

        boolean isChrome() {
            return strong > 0 || (negative > 0 && positive == 0);
        }

        /**
         * Readability-style class weight: +25 for main-text words, -25 for chrome words. A name that
         * also says metadata or caption ({@code articleMeta}, {@code post-date}, {@code story-caption})
         * names a part beside the text, not the text: no bonus.
         */
        int weight() {
            boolean text = positive > 0 && meta == 0 && caption == 0;
            return (text ? 25 : 0) - (strong > 0 || negative > 0 ? 25 : 0);
        }
    }

    private final Map<String, String> kinds = new HashMap<>();
    /** Every proper prefix of a listed word: only a word among these can start a listed compound. */
    private final Set<String> compoundStarts = new HashSet<>();

    ClassHints() {
        List<TsvRow> rows = TsvResource.read(ClassHints.class, "class-hints.tsv", 2);
        for (TsvRow row : rows) {
            String word = row.cell(0).toLowerCase(Locale.ROOT);
            kinds.put(word, row.cell(1));
            for (int end = 1; end < word.length(); end++) {
                compoundStarts.add(word.substring(0, end));
            }
        }
    }

    static final int CACHE_LIMIT = 20_000;
    /**
     * Hints already worked out, by id and class: a page repeats the same few names on hundreds of
     * elements, and every stage asks. Emptied when it holds {@link #CACHE_LIMIT} names, so a long
     * crawl of many sites keeps it small.
     */
    private final BoundedMemo<String, Hint> cache = new BoundedMemo<>(CACHE_LIMIT);

    Hint of(Element element) {
        String id = element.id();
        String cls = element.className();
        if (id.isEmpty() && cls.isEmpty()) {
            return Hint.NONE;
        }
        return cache.get(id + '\u0000' + cls, key -> compute(id, cls));
    }

    private Hint compute(String id, String cls) {
        int[] counts = new int[5];
        Set<String> seen = new HashSet<>();
        count(id, counts, seen);
        count(cls, counts, seen);
        return new Hint(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private void count(String value, int[] counts, Set<String> seen) {
        int n = value.length();
        int start = 0;
        // whole tokens separated by spaces: "articleBody" as one word
        for (int i = 0; i <= n; i++) {
            if (i == n || Character.isWhitespace(value.charAt(i))) {
                if (i > start && !isScriptHook(value, start)) {
                    add(lettersAndDigitsLowerCase(value, start, i), counts, seen);
                    words(value.substring(start, i), counts, seen);
                }
                start = i + 1;
            }
        }
    }

    /**
     * Whether the token at {@code start} is a hook for scripts ({@code js-readmore},
     * {@code js_section--has-ads}): by a common convention such names say what a script does with
     * the element, not what the element is.
     */
    private static boolean isScriptHook(String value, int start) {
        return value.length() > start + 2 && (value.charAt(start) == 'j' || value.charAt(start) == 'J')
                && (value.charAt(start + 1) == 's' || value.charAt(start + 1) == 'S')
                && (value.charAt(start + 2) == '-' || value.charAt(start + 2) == '_');
    }

    /** {@code value[start, end)} with only its letters and digits, lower-cased: "entry_content" -> "entrycontent". */
    private static String lettersAndDigitsLowerCase(String value, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The words of one token, and each two neighbouring words joined ("author-box" also counts as
     * "authorbox", "postAuthor" as "postauthor"), so that a compound listed as one word counts
     * however the site spells it.
     */
    private void words(String token, int[] counts, Set<String> seen) {
        StringBuilder word = new StringBuilder();
        String previous = "";
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            boolean camelBoundary = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(token.charAt(i - 1));
            if ((!letterOrDigit || camelBoundary) && word.length() > 0) {
                previous = addWithPrevious(previous, word.toString().toLowerCase(Locale.ROOT), counts, seen);
                word.setLength(0);
            }
            if (letterOrDigit) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            addWithPrevious(previous, word.toString().toLowerCase(Locale.ROOT), counts, seen);
        }
    }

    private String addWithPrevious(String previous, String word, int[] counts, Set<String> seen) {
        add(word, counts, seen);
        if (compoundStarts.contains(previous)) {
            add(previous + word, counts, seen);
        }
        return word;
    }

    private void add(String word, int[] counts, Set<String> seen) {
        if (word.isEmpty() || !seen.add(word)) {
            return;
        }
        String kind = kinds.get(word);
        if (kind == null) {
            return;
        }
        switch (kind) {
            case "positive" -> counts[0]++;
            case "negative" -> counts[1]++;
            case "strong" -> counts[2]++;
            case "meta" -> counts[3]++;
            case "caption" -> counts[4]++;
            default -> throw new IllegalStateException("class-hints.tsv: unknown kind '" + kind + "' for '" + word + "'");
        }
    }
}

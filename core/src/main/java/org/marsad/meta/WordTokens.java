package org.marsad.meta;

import java.util.Arrays;

import org.marsad.lexicon.KeyTokens;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The words of a text with their matching keys, for lexicon matching. A word is a run of letters,
 * digits and the marks written on letters; everything else (spaces, punctuation, quotes) lies in the
 * gaps between words, which callers inspect to decide whether words belong together.
 * Dotted abbreviations fall apart into their letters, so أ.ف.ب and أ ف ب give the same words.
 */
final class WordTokens {

    private static final int INITIAL_CAPACITY = 16;
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private final CharSequence text;
    private int size;
    private int[] start = new int[INITIAL_CAPACITY];
    private int[] end = new int[INITIAL_CAPACITY];
    private String[] keys = new String[INITIAL_CAPACITY];

    private WordTokens(CharSequence text) {
        this.text = text;
    }

    /** The words of {@code text}. */
    static WordTokens of(CharSequence text) {
        WordTokens tokens = new WordTokens(text);
        tokens.tokenize();
        return tokens;
    }

    private void tokenize() {
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (!KeyTokens.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int wordStart = i;
            while (i < text.length() && KeyTokens.isWordChar(cp = Character.codePointAt(text, i))) {
                i += Character.charCount(cp);
            }
            key.setLength(0);
            NORMALIZER.appendKey(text, wordStart, i, key);
            if (!key.isEmpty()) {
                add(wordStart, i, key.toString());
            }
        }
    }

    private void add(int wordStart, int wordEnd, String key) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            keys = Arrays.copyOf(keys, capacity);
        }
        start[size] = wordStart;
        end[size] = wordEnd;
        keys[size] = key;
        size++;
    }

    int size() {
        return size;
    }

    String key(int i) {
        return keys[i];
    }

    /**
     * Whether every character between word {@code i - 1} and word {@code i} is a space or one of
     * {@code allowed}; false when either word does not exist.
     */
    boolean gapBeforeIsOnly(int i, String allowed) {
        if (i <= 0 || i >= size) {
            return false;
        }
        for (int c = end[i - 1]; c < start[i]; c++) {
            char ch = text.charAt(c);
            if (!CharClasses.isSpace(ch) && allowed.indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first character before word {@code i} that is not a space, or 0 at the start of the text. */
    char charBefore(int i) {
        for (int c = start[i] - 1; c >= 0; c--) {
            char ch = text.charAt(c);
            if (!CharClasses.isSpace(ch)) {
                return ch;
            }
        }
        return 0;
    }

    /** The first character after word {@code i} that is not a space, or 0 at the end of the text. */
    char charAfter(int i) {
        for (int c = end[i]; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (!CharClasses.isSpace(ch)) {
                return ch;
            }
        }
        return 0;
    }
}

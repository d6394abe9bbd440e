package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a matching key into its word tokens: maximal runs of letters, digits and combining marks.
 * Punctuation, brackets, quotes and bullets separate tokens and are dropped, so {@code "المصدر:"}
 * and {@code "المصدر"} give the same token.
 */
public final class KeyTokens {

    /** Receives each word of a text with its span and its matching key. */
    @FunctionalInterface
    public interface WordSink {
        void word(int start, int end, String key);
    }

    /**
     * Walks the words of {@code text} (runs of {@link #isWordChar(int) word chars}), giving each
     * with a non-empty matching key to {@code sink}, in text order. One reusable key buffer; the
     * only allocation per word is its key string.
     */
    public static void words(CharSequence text, org.marsad.normalize.ArabicNormalizer normalizer, WordSink sink) {
        StringBuilder key = new StringBuilder();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = Character.codePointAt(text, i))) {
                i += Character.charCount(cp);
            }
            key.setLength(0);
            normalizer.appendKey(text, start, i, key);
            if (!key.isEmpty()) {
                sink.word(start, i, key.toString());
            }
        }
    }

    private static final String[] NONE = new String[0];

    private KeyTokens() {
    }

    public static String[] of(String key) {
        List<String> tokens = null;
        int start = -1;
        for (int i = 0, n = key.length(); i <= n; i++) {
            boolean inWord = i < n && isWordChar(key.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (tokens == null) {
                    tokens = new ArrayList<>();
                }
                tokens.add(key.substring(start, i));
                start = -1;
            }
        }
        return tokens == null ? NONE : tokens.toArray(NONE);
    }

    public static boolean isWordChar(char c) {
        return isWordChar((int) c);
    }

    /**
     * Letters, digits and the marks written on letters (harakat), so that a vocalised word stays one
     * word; by code point, for callers that walk supplementary characters too.
     */
    public static boolean isWordChar(int cp) {
        // Fast answers for the two scripts of nearly every page: ASCII and the Arabic block.
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (cp >= 0x0621 && cp <= 0x065F) {
            return true; // letters, tatweel and harakat
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Whether every token is made of digits only (counters such as the 0 in "تعليق (0)"). */
    public static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** The tokens without pure numbers. */
    public static String[] withoutNumbers(String[] tokens) {
        int kept = 0;
        for (String t : tokens) {
            if (!isNumber(t)) {
                kept++;
            }
        }
        if (kept == tokens.length) {
            return tokens;
        }
        String[] out = new String[kept];
        int j = 0;
        for (String t : tokens) {
            if (!isNumber(t)) {
                out[j++] = t;
            }
        }
        return out;
    }
}

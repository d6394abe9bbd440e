package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A set of phrases, each a sequence of key tokens with a value attached, indexed by first token so
 * that a line is checked against the whole lexicon with one hash lookup per token.
 *
 * @param <V> what a phrase stands for (a match rule, a field, a separator kind)
 */
public final class PhraseTable<V> {

    /** A phrase found in a token sequence. */
    public record Match<V>(int start, int length, V value, String phrase) {
        public int end() {
            return start + length;
        }
    }

    private record Entry<V>(String[] tokens, V value, String phrase) {
    }

    private final Map<String, List<Entry<V>>> byFirstToken = new HashMap<>();

    /**
     * @param rows  lexicon rows whose first cell is the phrase
     * @param key   the normalizer's matching key, applied to phrases so they compare with page keys
     * @param value what a row's phrase stands for
     */
    public PhraseTable(List<TsvRow> rows, Function<String, String> key, Function<TsvRow, V> value) {
        for (TsvRow row : rows) {
            String phrase = row.cell(0);
            String[] tokens = KeyTokens.of(key.apply(phrase));
            if (tokens.length == 0) {
                continue;
            }
            byFirstToken.computeIfAbsent(tokens[0], t -> new ArrayList<>(2)).add(new Entry<>(tokens, value.apply(row), phrase));
        }
        // Longest phrase first, so that a match is always the most specific one.
        byFirstToken.values().forEach(list -> list.sort((a, b) -> b.tokens.length - a.tokens.length));
    }

    /** The longest phrase starting at {@code from}, or null. */
    public Match<V> at(String[] tokens, int from) {
        if (from >= tokens.length) {
            return null;
        }
        List<Entry<V>> candidates = byFirstToken.get(tokens[from]);
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (matchesAt(e.tokens, tokens, from)) {
                return new Match<>(from, e.tokens.length, e.value, e.phrase);
            }
        }
        return null;
    }

    /** The phrase that is exactly the whole token sequence, or null. */
    public Match<V> whole(String[] tokens) {
        Match<V> m = at(tokens, 0);
        if (m != null && m.length() == tokens.length) {
            return m;
        }
        if (tokens.length == 0) {
            return null;
        }
        List<Entry<V>> candidates = byFirstToken.get(tokens[0]);
        if (candidates != null) {
            for (Entry<V> e : candidates) {
                if (e.tokens.length == tokens.length && matchesAt(e.tokens, tokens, 0)) {
                    return new Match<>(0, tokens.length, e.value, e.phrase);
                }
            }
        }
        return null;
    }

    /** The first phrase found anywhere in the tokens, or null. */
    public Match<V> find(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            Match<V> m = at(tokens, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static boolean matchesAt(String[] phrase, String[] tokens, int from) {
        if (from + phrase.length > tokens.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!phrase[i].equals(tokens[from + i])) {
                return false;
            }
        }
        return true;
    }
}

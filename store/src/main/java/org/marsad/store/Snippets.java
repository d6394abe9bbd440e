package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.store.analysis.ArabicSearchAnalyzer;

/**
 * The passage of an article's original text that best shows why it matched: the window of about
 * {@link #WINDOW} chars holding the most matched words, cut at word boundaries. A word matches when
 * the index holds one of the query's terms at its position, or when it is a mention of an entity
 * the query named (so بوتن marks وبوتين). The text is never normalized: parts are slices of the original.
 */
final class Snippets {

    static final int WINDOW = 240;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /**
     * The spans of the stored mentions ({@code id start end} triples, space separated) of the
     * entities the query named.
     */
    static List<int[]> mentionSpans(String stored, Set<String> entityIds) {
        List<int[]> spans = new ArrayList<>();
        if (stored == null || stored.isEmpty() || entityIds.isEmpty()) {
            return spans;
        }
        String[] parts = stored.trim().split(" ");
        for (int i = 0; i + 2 < parts.length; i += 3) {
            if (entityIds.contains(parts[i])) {
                spans.add(new int[] {Integer.parseInt(parts[i + 1]), Integer.parseInt(parts[i + 2])});
            }
        }
        return spans;
    }

    /**
     * The snippet of {@code text}: the words at the given token positions (sorted; where the index
     * holds the query's terms, see {@link TermPositions}) and the given mention spans, marked. The
     * text is cut into words by the text field's tokenizer only as far as the last position.
     */
    static List<SnippetPart> atPositions(String text, List<int[]> mentions, int[] positions) {
        List<int[]> spans = new ArrayList<>(mentions);
        if (positions.length > 0) {
            try (TokenStream words = ArabicSearchAnalyzer.tokenizerOnly().tokenStream(Fields.TEXT, text)) {
                OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = words.addAttribute(PositionIncrementAttribute.class);
                words.reset();
                int position = -1;
                int next = 0;
                while (next < positions.length && words.incrementToken()) {
                    position += increment.getPositionIncrement();
                    while (next < positions.length && positions[next] < position) {
                        next++;
                    }
                    if (next < positions.length && positions[next] == position) {
                        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
                        next++;
                    }
                }
                words.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a text in memory", e);
            }
        }
        return cut(text, merge(spans));
    }

    /** Sorted, overlapping spans joined. */
    static List<int[]> merge(List<int[]> spans) {
        int[][] sorted = spans.toArray(int[][]::new);
        Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(s.clone());
            }
        }
        return out;
    }

    /** The best window of {@code text} around {@code spans} (sorted, disjoint) as plain and matched parts. */
    static List<SnippetPart> cut(String text, List<int[]> spans) {
        int start = 0;
        if (!spans.isEmpty()) {
            int best = 0;
            int bestCount = 0;
            int j = 0;
            for (int i = 0; i < spans.size(); i++) {
                while (j < spans.size() && spans.get(j)[1] <= spans.get(i)[0] + WINDOW) {
                    j++;
                }
                if (j - i > bestCount) {
                    bestCount = j - i;
                    best = i;
                }
            }
            // start a little before the first match so that it is read in its sentence
            start = wordStart(text, Math.max(0, spans.get(best)[0] - WINDOW / 6));
        }
        int end = wordEnd(text, Math.min(text.length(), start + WINDOW));
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        if (start > 0) {
            plain.append(ELLIPSIS);
        }
        int at = start;
        for (int[] s : spans) {
            if (s[1] <= start || s[0] >= end) {
                continue;
            }
            int from = Math.max(s[0], start);
            int to = Math.min(s[1], end);
            plain.append(text, at, from);
            if (!plain.isEmpty()) {
                parts.add(new SnippetPart(plain.toString(), false));
                plain.setLength(0);
            }
            parts.add(new SnippetPart(text.substring(from, to), true));
            at = to;
        }
        plain.append(text, at, end);
        if (end < text.length()) {
            plain.append(ELLIPSIS);
        }
        if (!plain.isEmpty()) {
            parts.add(new SnippetPart(plain.toString(), false));
        }
        return parts;
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

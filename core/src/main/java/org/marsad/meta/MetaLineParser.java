package org.marsad.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.PhraseTable;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * Splits a loose metadata line into labelled values, using the labels of {@code meta-keys.tsv}.
 * <ul>
 *   <li>The line must start with a label ({@code تاريخ النشر: ...}); otherwise it is no metadata line.</li>
 *   <li>Further labels inside the line start new segments only when they are marked: followed by a
 *       colon, or glued to their value ({@code المصدر د ب أ الوسومروسيا كوريا} gives a source and tags).</li>
 *   <li>Labels listed as glued are also recognised at the start of a word, as sites print them
 *       against their first value when two HTML elements lose the space between them.</li>
 * </ul>
 * Values are returned in display form, as written; whether a segment is believable (a date that
 * parses, a short source) is for the caller to judge.
 */
public final class MetaLineParser {

    private record Label(MetaField field, boolean glues, String key) {
    }

    private final Function<String, String> key;
    private final PhraseTable<Label> labels;
    private final List<Label> gluedLabels = new ArrayList<>();

    /** @param key the matching key used for page lines, applied to labels too */
    public MetaLineParser(Function<String, String> key) {
        this.key = key;
        List<TsvRow> rows = TsvResource.read(MetaLineParser.class, "meta-keys.tsv", 3);
        this.labels = new PhraseTable<>(rows, key, row -> new Label(
                MetaField.valueOf(row.cell(1).toUpperCase(Locale.ROOT)), row.cell(2).equals("yes"), String.join(" ", KeyTokens.of(key.apply(row.cell(0))))));
        for (TsvRow row : rows) {
            if (row.cell(2).equals("yes")) {
                String[] tokens = KeyTokens.of(key.apply(row.cell(0)));
                gluedLabels.add(new Label(MetaField.valueOf(row.cell(1).toUpperCase(Locale.ROOT)), true, String.join(" ", tokens)));
            }
        }
        // Longest first: "الكلمات الدلالية" before "كلمات دلالية".
        gluedLabels.sort((a, b) -> b.key.length() - a.key.length());
    }

    /**
     * A cheap test on the line's key tokens: whether it may start with a label. Lines that fail it
     * are not parsed at all, which keeps the parser off the hot path of ordinary paragraphs.
     */
    public boolean mayStartWithLabel(String[] lineTokens) {
        if (lineTokens.length == 0) {
            return false;
        }
        if (labels.at(lineTokens, 0) != null) {
            return true;
        }
        for (Label g : gluedLabels) {
            if (lineTokens[0].startsWith(g.key)) {
                return true;
            }
        }
        return false;
    }

    /** A credit opens or closes a caption: the label must stand within this many words of an end. */
    private static final int CREDIT_REACH = 8;

    /**
     * Whether a label of the given field, followed by a colon, opens or closes the line
     * ({@code ... 25 أبريل 2019. الصورة: سبوتنيك}); a label deep inside a paragraph is prose.
     * The line's key tokens are checked first, so that lines without a colon or without such a
     * label word cost one scan and no allocation.
     */
    public boolean hasMarkedLabel(String line, String[] lineTokens, MetaField field) {
        if (line.indexOf(':') < 0 || !containsLabelWord(lineTokens, field)) {
            return false;
        }
        String[] words = line.trim().split("\\s+");
        String[] keys = keysOf(words);
        for (int i = 0; i < words.length; i++) {
            if (i >= CREDIT_REACH && i < words.length - CREDIT_REACH) {
                continue;
            }
            LabelAt at = labelAt(words, keys, i, false);
            if (at != null && at.marked && at.label.field == field && at.gluedRest.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean containsLabelWord(String[] lineTokens, MetaField field) {
        for (int i = 0; i < lineTokens.length; i++) {
            PhraseTable.Match<Label> m = labels.at(lineTokens, i);
            if (m != null && m.value().field == field) {
                return true;
            }
        }
        return false;
    }

    /** The labelled segments of the line, or an empty list when it does not start with a label. */
    public List<MetaSegment> parse(String line) {
        String[] words = line.trim().split("\\s+");
        String[] keys = keysOf(words);
        List<MetaSegment> segments = new ArrayList<>();
        LabelAt current = labelAt(words, keys, 0, true);
        while (current != null) {
            int valueStart = current.valueStart;
            LabelAt next = null;
            int j = valueStart;
            for (; j < words.length; j++) {
                LabelAt candidate = labelAt(words, keys, j, false);
                if (candidate != null && candidate.marked) {
                    next = candidate;
                    break;
                }
            }
            StringBuilder value = new StringBuilder(current.gluedRest);
            for (int k = valueStart; k < j; k++) {
                if (!value.isEmpty()) {
                    value.append(' ');
                }
                value.append(words[k]);
            }
            segments.add(new MetaSegment(current.label.field, current.written, trimSeparators(value.toString()), current.marked));
            current = next;
        }
        return segments;
    }

    private String[] keysOf(String[] words) {
        String[] keys = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] t = KeyTokens.of(key.apply(words[i]));
            keys[i] = t.length == 0 ? "" : String.join(" ", t);
        }
        return keys;
    }

    private record LabelAt(Label label, String written, String gluedRest, int valueStart, boolean marked) {
    }

    /** A label starting at word {@code i}: exact words, or a glued label as the start of word i. */
    private LabelAt labelAt(String[] words, String[] keys, int i, boolean lineStart) {
        if (keys[i].isEmpty()) {
            return null;
        }
        String[] tokens = tokensFrom(keys, i);
        PhraseTable.Match<Label> m = labels.at(tokens, 0);
        if (m != null) {
            int end = wordIndexAfterTokens(keys, i, m.length());
            if (end > 0) {
                String last = words[end - 1];
                boolean colon = last.endsWith(":") || (end < words.length && words[end].startsWith(":"));
                int valueStart = end < words.length && words[end].equals(":") ? end + 1 : end;
                boolean marked = colon || (m.value().glues && !lineStart);
                return new LabelAt(m.value(), join(words, i, end), "", valueStart, marked);
            }
        }
        for (Label g : gluedLabels) {
            String glued = g.key;
            if (!glued.contains(" ") && keys[i].length() > glued.length() && keys[i].startsWith(glued)) {
                int cut = displayCut(words[i], glued);
                if (cut > 0) {
                    return new LabelAt(g, words[i].substring(0, cut), trimSeparators(words[i].substring(cut)), i + 1, true);
                }
            }
        }
        return null;
    }

    /** Where to cut a display word so that its head has the given key (diacritics make them differ). */
    private int displayCut(String word, String labelKey) {
        for (int k = 1; k < word.length(); k++) {
            if (key.apply(word.substring(0, k)).equals(labelKey)) {
                // extend over marks (harakat, tatweel) that belong to the label's last letter
                while (k < word.length() && key.apply(word.substring(0, k + 1)).equals(labelKey)) {
                    k++;
                }
                return k;
            }
        }
        return -1;
    }

    private static String[] tokensFrom(String[] keys, int i) {
        List<String> tokens = new ArrayList<>();
        for (int k = i; k < keys.length && tokens.size() < 6; k++) {
            if (!keys[k].isEmpty()) {
                for (String t : keys[k].split(" ")) {
                    tokens.add(t);
                }
            }
        }
        return tokens.toArray(new String[0]);
    }

    /** The index of the word after the one holding the n-th token counted from word i. */
    private static int wordIndexAfterTokens(String[] keys, int i, int n) {
        int seen = 0;
        for (int k = i; k < keys.length; k++) {
            if (keys[k].isEmpty()) {
                continue;
            }
            seen += keys[k].split(" ").length;
            if (seen == n) {
                return k + 1;
            }
            if (seen > n) {
                return -1; // the label ends inside a word: not a label here
            }
        }
        return -1;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to)).replaceAll("[:\\s]+$", "");
    }

    /** Removes separators around a value: colons, dashes, bars, brackets left by the label. */
    static String trimSeparators(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSeparator(value.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || ":：-–—|/\\•·".indexOf(c) >= 0;
    }
}

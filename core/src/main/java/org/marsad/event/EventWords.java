package org.marsad.event;

import java.util.Arrays;
import java.util.Set;

import org.marsad.lexicon.KeyTokens;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The words of a text for the event stage, with what lies between them and what the lexicon says
 * of each:
 * <ul>
 *   <li>a word is a run of letters, digits and harakat ({@link KeyTokens#isWordChar}) with its
 *       offsets and matching key;</li>
 *   <li>a sentence ends at a line break, ! ? ؟ ؛, or a full stop followed by a space or the end
 *       of the text (so 3.5 and the typo {@code عام .2022} end nothing);</li>
 *   <li>a comma (، ,) before a word is recorded, for the clause rules;</li>
 *   <li>the event phrase and the cue phrase starting at each word, if any.</li>
 * </ul>
 * One instance per text.
 */
final class EventWords {

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final char FULL_STOP = '.';
    private static final String SENTENCE_ENDS = "\n!?\u061F\u061B"; // line break ! ? ؟ ؛
    private static final String COMMAS = ",\u060C"; // , ،
    private static final int INITIAL_CAPACITY = 64;

    private final String text;
    private int size;
    private int[] starts = new int[INITIAL_CAPACITY];
    private int[] ends = new int[INITIAL_CAPACITY];
    private String[] keys = new String[INITIAL_CAPACITY];
    private boolean[] sentenceBefore = new boolean[INITIAL_CAPACITY];
    private boolean[] commaBefore = new boolean[INITIAL_CAPACITY];
    private EventLexicon.Match<Trigger>[] triggers;
    private EventLexicon.Match<Set<CueKind>>[] cues;

    private EventWords(String text) {
        this.text = text;
    }

    @SuppressWarnings("unchecked")
    static EventWords of(String text, EventLexicon lexicon) {
        EventWords w = new EventWords(text);
        w.tokenize();
        w.triggers = new EventLexicon.Match[w.size];
        w.cues = new EventLexicon.Match[w.size];
        for (int i = 0; i < w.size; i++) {
            w.triggers[i] = lexicon.triggerAt(w.keys, i);
            w.cues[i] = lexicon.cueAt(w.keys, i);
        }
        return w;
    }

    private void tokenize() {
        int[] gapStart = {0};
        KeyTokens.words(text, NORMALIZER, (start, end, key) -> {
            add(start, end, key, gapStart[0]);
            gapStart[0] = end;
        });
        keys = Arrays.copyOf(keys, size);
    }

    private void add(int start, int end, String key, int gapStart) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            keys = Arrays.copyOf(keys, capacity);
            sentenceBefore = Arrays.copyOf(sentenceBefore, capacity);
            commaBefore = Arrays.copyOf(commaBefore, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        keys[size] = key;
        sentenceBefore[size] = size == 0 || endsSentence(gapStart, start);
        commaBefore[size] = contains(gapStart, start, COMMAS);
        size++;
    }

    private boolean endsSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0
                    || c == FULL_STOP && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String key(int i) {
        return keys[i];
    }

    /** Whether a sentence starts at word {@code i}. */
    boolean startsSentence(int i) {
        return sentenceBefore[i];
    }

    boolean commaBefore(int i) {
        return commaBefore[i];
    }

    /** The event phrase starting at word {@code i}, or null. */
    EventLexicon.Match<Trigger> trigger(int i) {
        return triggers[i];
    }

    /** Whether the cue phrase starting at word {@code i} is of {@code kind}. */
    boolean isCue(int i, CueKind kind) {
        return cues[i] != null && cues[i].value().contains(kind);
    }

    /** How many words the cue phrase at {@code i} covers, 0 for none. */
    int cueLength(int i) {
        return cues[i] == null ? 0 : cues[i].length();
    }

    /** The first word that starts at or after {@code offset}, or {@link #size()}. */
    int wordAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

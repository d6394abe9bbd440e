package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.Proclitics;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The words of a text with their offsets, matching keys and the proclitic readings of each word.
 * <ul>
 *   <li>a word is a run of letters, digits and harakat ({@link KeyTokens#isWordChar}); hyphens,
 *       dots, quotes and spaces lie in the gaps between words;</li>
 *   <li>each word's {@link #readings(int) readings} are the word itself and every way of taking
 *       proclitics off its front ({@link Proclitics}): وبوتين reads as وبوتين, بوتين (و) and
 *       وتين (وب); callers keep a stripped reading only when it is a known name, which is the
 *       guard that keeps بيونغ, لافروف, كيم, فيتنام and بوتين whole;</li>
 *   <li>a reading records where its stem starts in the text, so a mention of وبوتين covers only
 *       بوتين, and one of بالعراق covers العراق.</li>
 * </ul>
 */
public final class CliticTokens {

    /** One reading of a word: its stem's key and where the stem starts in the text. */
    public record Reading(String key, int start, String proclitic) {
        public boolean stripped() {
            return !proclitic.isEmpty();
        }
    }

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final String ARTICLE = "ال";

    private final String text;
    private int size;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] keys = new String[32];
    private List<Reading>[] readings;

    private CliticTokens(String text) {
        this.text = text;
    }

    /** The words of {@code text}. */
    public static CliticTokens of(String text) {
        CliticTokens tokens = new CliticTokens(text);
        tokens.tokenize();
        return tokens;
    }

    @SuppressWarnings("unchecked")
    private void tokenize() {
        KeyTokens.words(text, NORMALIZER, this::add);
        readings = new List[size];
    }

    private void add(int start, int end, String key) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        keys[size] = key;
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String key(int i) {
        return keys[i];
    }

    /** The keys of all words, a fresh array the caller may change. */
    public String[] keys() {
        return Arrays.copyOf(keys, size);
    }

    /** The word as written. */
    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The word unchanged first, then its stems under every proclitic rule that applies, longest proclitic first. */
    public List<Reading> readings(int i) {
        List<Reading> r = readings[i];
        if (r == null) {
            r = computeReadings(i);
            readings[i] = r;
        }
        return r;
    }

    private List<Reading> computeReadings(int i) {
        String key = keys[i];
        Reading whole = new Reading(key, starts[i], "");
        if (!Proclitics.mayStartWithProclitic(key)) {
            return List.of(whole);
        }
        List<Reading> out = new ArrayList<>(4);
        out.add(whole);
        for (int rule = 0; rule < Proclitics.RULE_COUNT; rule++) {
            String stem = Proclitics.stem(key, rule);
            if (stem != null) {
                String written = Proclitics.written(rule);
                // بال + عراق restores ال that is written in the word: the mention keeps it (العراق).
                int keyChars = written.endsWith(ARTICLE) ? written.length() - ARTICLE.length() : written.length();
                out.add(new Reading(stem, offsetAfterKeyChars(i, keyChars), written));
            }
        }
        return out;
    }

    /** The text offset in word {@code i} after its first {@code keyChars} key chars (tatweel and harakat skipped). */
    private int offsetAfterKeyChars(int i, int keyChars) {
        StringBuilder one = new StringBuilder(2);
        int seen = 0;
        int p = starts[i];
        while (p < ends[i] && seen < keyChars) {
            one.setLength(0);
            NORMALIZER.appendKey(text, p, p + 1, one);
            seen += one.length();
            p++;
        }
        // Marks and tatweel after the proclitic (لـ) belong to it, not to the name.
        while (p < ends[i]) {
            one.setLength(0);
            NORMALIZER.appendKey(text, p, p + 1, one);
            if (one.length() > 0) {
                break;
            }
            p++;
        }
        return p;
    }

    /**
     * Whether words {@code i - 1} and {@code i} may belong to one name: between them only spaces
     * (no line break) and the hyphens and dots that join transliterated names (كيم جونج-أون).
     */
    public boolean joined(int i) {
        if (i <= 0 || i >= size) {
            return false;
        }
        for (int c = ends[i - 1]; c < starts[i]; c++) {
            char ch = text.charAt(c);
            if (ch != ' ' && ch != '-' && ch != '\u2010' && ch != '\u2011' && ch != '.' && ch != '\u00A0'
                    && ch != '\u200F' && ch != '\u200E' && ch != '\u0640') {
                return false;
            }
        }
        return true;
    }

    /** Whether only plain spaces separate words {@code i - 1} and {@code i}. */
    public boolean spaceOnly(int i) {
        if (i <= 0 || i >= size) {
            return false;
        }
        for (int c = ends[i - 1]; c < starts[i]; c++) {
            char ch = text.charAt(c);
            if (ch != ' ' && ch != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}

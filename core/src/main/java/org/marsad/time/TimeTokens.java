package org.marsad.time;

import java.util.Arrays;

import org.marsad.lexicon.KeyTokens;
import org.marsad.meta.MonthNames;
import org.marsad.lexicon.Proclitics;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The tokens of a text for temporal tagging: words, numbers (digits of any script, with a decimal
 * point: 3.5, ٣٫٥) and single punctuation marks, a line break being a mark too. Each word has its
 * lookup key: its {@link ArabicNormalizer#key matching key}, or the key of its stem when the word is
 * unknown but a proclitic (و ف ب ل) glued to a known time word or month name (والشهر, وفي, بالعام);
 * the span of an expression then starts after the clitic. One instance per text; not thread-safe.
 */
final class TimeTokens {

    static final int WORD = 1;
    static final int NUMBER = 2;
    static final int MARK = 3;
    private static final int INITIAL_CAPACITY = 32;
    private static final char LINE_BREAK = '\n';
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char TATWEEL = '\u0640';
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private final CharSequence text;
    private final TimeLexicon lexicon;
    private final MonthNames months;
    private int size;
    private int[] kind = new int[INITIAL_CAPACITY];
    private int[] start = new int[INITIAL_CAPACITY];
    private int[] end = new int[INITIAL_CAPACITY];
    /** Where the stem of a word starts, after a stripped clitic; the word's start otherwise. */
    private int[] stemStart = new int[INITIAL_CAPACITY];
    private String[] keys = new String[INITIAL_CAPACITY];
    private final StringBuilder scratch = new StringBuilder();

    private TimeTokens(CharSequence text, TimeLexicon lexicon, MonthNames months) {
        this.text = text;
        this.lexicon = lexicon;
        this.months = months;
    }

    static TimeTokens of(CharSequence text, TimeLexicon lexicon, MonthNames months) {
        TimeTokens tokens = new TimeTokens(text, lexicon, months);
        tokens.tokenize();
        return tokens;
    }

    private void tokenize() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i = readNumber(i);
            } else if (KeyTokens.isWordChar(c) && c != TATWEEL || Character.isHighSurrogate(c)) {
                i = readWord(i);
            } else {
                if (!Character.isWhitespace(c) || c == LINE_BREAK) {
                    add(MARK, i, i + 1, i, String.valueOf(c));
                }
                i++;
            }
        }
        keys = Arrays.copyOf(keys, size);
    }

    private int readNumber(int from) {
        int i = digitsEnd(from);
        if (i + 1 < text.length() && isDecimalPoint(text.charAt(i)) && Character.isDigit(text.charAt(i + 1))) {
            i = digitsEnd(i + 1);
        }
        scratch.setLength(0);
        NORMALIZER.appendKey(text, from, i, scratch);
        add(NUMBER, from, i, from, scratch.toString());
        return i;
    }

    private int digitsEnd(int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDecimalPoint(char c) {
        return c == '.' || c == ARABIC_DECIMAL_SEPARATOR;
    }

    private int readWord(int from) {
        int i = from;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (!KeyTokens.isWordChar(cp) || Character.isDigit(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        scratch.setLength(0);
        NORMALIZER.appendKey(text, from, i, scratch);
        String key = scratch.toString();
        if (key.isEmpty()) {
            return i;
        }
        if (known(key) || !Proclitics.mayStartWithProclitic(key)) {
            add(WORD, from, i, from, key);
            return i;
        }
        for (int rule = 0; rule < Proclitics.RULE_COUNT; rule++) {
            String stem = Proclitics.stem(key, rule);
            if (stem != null && known(stem)) {
                add(WORD, from, i, skipLetters(from, Proclitics.written(rule).length() - Proclitics.restored(rule).length()), stem);
                return i;
            }
        }
        add(WORD, from, i, from, key);
        return i;
    }

    private boolean known(String key) {
        return lexicon.isToken(key) || months.isNameWord(key);
    }

    /** The offset after {@code letters} letters from {@code from}, with the marks and tatweel on them. */
    private int skipLetters(int from, int letters) {
        int i = from;
        int seen = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean mark = c == TATWEEL || Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark) {
                if (seen == letters) {
                    break;
                }
                seen++;
            }
            i++;
        }
        return i;
    }

    private void add(int tokenKind, int tokenStart, int tokenEnd, int tokenStemStart, String key) {
        if (size == kind.length) {
            int capacity = size * 2;
            kind = Arrays.copyOf(kind, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            stemStart = Arrays.copyOf(stemStart, capacity);
            keys = Arrays.copyOf(keys, capacity);
        }
        kind[size] = tokenKind;
        start[size] = tokenStart;
        end[size] = tokenEnd;
        stemStart[size] = tokenStemStart;
        keys[size] = key;
        size++;
    }

    int size() {
        return size;
    }

    /** The lookup keys, one per token (a number's digits in ASCII, a mark's char), for phrase tables. */
    String[] keys() {
        return keys;
    }

    String key(int i) {
        return keys[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    boolean isMark(int i, char mark) {
        return i >= 0 && i < size && kind[i] == MARK && keys[i].charAt(0) == mark;
    }

    /** Whether token {@code i} ends a sentence: . ! ? ؟ or a line break. */
    boolean isSentenceEnd(int i) {
        return isMark(i, '.') || isMark(i, '!') || isMark(i, '?') || isMark(i, '\u061F') || isMark(i, LINE_BREAK);
    }

    /** Whether token {@code i} touches the token before it. */
    boolean touchesPrevious(int i) {
        return i > 0 && i < size && start[i] == end[i - 1];
    }

    /** The whole-number value of number token {@code i}; -1 when it is not a whole number that fits. */
    int intValue(int i) {
        String k = keys[i];
        if (!isNumber(i) || k.length() > 9 || k.indexOf('.') >= 0) {
            return -1;
        }
        return Integer.parseInt(k);
    }

    /** Where token {@code i} starts, after a stripped clitic. */
    int spanStart(int i) {
        return stemStart[i];
    }

    int end(int i) {
        return end[i];
    }

    CharSequence text() {
        return text;
    }
}

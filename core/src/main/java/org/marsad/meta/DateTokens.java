package org.marsad.meta;

import java.util.Arrays;

import org.marsad.normalize.ArabicNormalizer;

/**
 * The tokens of one line for date matching: numbers (in any digit script), words, and single
 * punctuation marks; white space and invisible format characters only separate tokens. The date
 * patterns read it by index. Word keys and month names are looked up lazily and cached, so only
 * the few words a pattern asks about (those next to a number) ever cost a lookup.
 * One instance per parsed line: not thread-safe, never shared.
 */
final class DateTokens {

    private static final int NUMBER = 1;
    private static final int WORD = 2;
    private static final int MARK = 3;
    private static final int INITIAL_CAPACITY = 16;
    /** Numbers longer than this keep no value: no date part has so many digits. */
    private static final int MAX_VALUE_DIGITS = 9;
    /** Latin ordinal endings glued to a day: 10th, 1st, 2nd, 3rd, and the French 1er. */
    private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "er"};
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final String HIJRI_ERA_KEY = NORMALIZER.key("هـ");
    private static final String COMMON_ERA_KEY = NORMALIZER.key("م");
    private static final char WORD_SEPARATOR = ' ';

    private final CharSequence text;
    private final MonthNames months;
    private int size;
    private int[] kind = new int[INITIAL_CAPACITY];
    private int[] start = new int[INITIAL_CAPACITY];
    private int[] end = new int[INITIAL_CAPACITY];
    /** A number's value (-1 when too long), a mark's code point. */
    private int[] value = new int[INITIAL_CAPACITY];
    private int[] digits = new int[INITIAL_CAPACITY];
    private boolean[] ordinal = new boolean[INITIAL_CAPACITY];
    private String[] keys;
    private MonthName[] monthAt;
    private boolean[] monthLookedUp;
    private final StringBuilder scratch = new StringBuilder();

    private DateTokens(CharSequence text, MonthNames months) {
        this.text = text;
        this.months = months;
    }

    /** The tokens of {@code text}. */
    static DateTokens scan(CharSequence text, MonthNames months) {
        DateTokens tokens = new DateTokens(text, months);
        tokens.tokenize();
        return tokens;
    }

    private void tokenize() {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            if (Character.isDigit(cp)) {
                i = readNumber(i);
            } else if (isWordChar(cp)) {
                i = readWord(i);
            } else {
                int next = i + Character.charCount(cp);
                if (!CharClasses.isSpace(cp)) {
                    add(MARK, i, next, cp, 0);
                }
                i = next;
            }
        }
        keys = new String[size];
        monthAt = new MonthName[size];
        monthLookedUp = new boolean[size];
    }

    private int readNumber(int from) {
        int i = from;
        int count = 0;
        int number = 0;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isDigit(cp)) {
                break;
            }
            if (count < MAX_VALUE_DIGITS) {
                number = number * 10 + Character.digit(cp, 10);
            }
            count++;
            i += Character.charCount(cp);
        }
        int suffixEnd = wordEnd(i);
        boolean isOrdinal = suffixEnd > i && isOrdinalSuffix(i, suffixEnd);
        add(NUMBER, from, isOrdinal ? suffixEnd : i, count > MAX_VALUE_DIGITS ? -1 : number, count);
        ordinal[size - 1] = isOrdinal;
        return isOrdinal ? suffixEnd : i;
    }

    private int readWord(int from) {
        int end = wordEnd(from);
        add(WORD, from, end, 0, 0);
        return end;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private boolean isOrdinalSuffix(int from, int to) {
        for (String suffix : ORDINAL_SUFFIXES) {
            if (to - from == suffix.length() && regionEqualsIgnoreCase(from, suffix)) {
                return true;
            }
        }
        return false;
    }

    private boolean regionEqualsIgnoreCase(int from, String ascii) {
        for (int k = 0; k < ascii.length(); k++) {
            if (Character.toLowerCase(text.charAt(from + k)) != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void add(int tokenKind, int tokenStart, int tokenEnd, int tokenValue, int digitCount) {
        if (size == kind.length) {
            int capacity = size * 2;
            kind = Arrays.copyOf(kind, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            value = Arrays.copyOf(value, capacity);
            digits = Arrays.copyOf(digits, capacity);
            ordinal = Arrays.copyOf(ordinal, capacity);
        }
        kind[size] = tokenKind;
        start[size] = tokenStart;
        end[size] = tokenEnd;
        value[size] = tokenValue;
        digits[size] = digitCount;
        size++;
    }

    /** Letters and the marks written on them (harakat), so that a vocalised word stays one token. */
    private static boolean isWordChar(int cp) {
        if (CharClasses.isArabicLetterOrHaraka(cp)) {
            return true;
        }
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }


    int size() {
        return size;
    }

    boolean isNumber(int i) {
        return inRange(i) && kind[i] == NUMBER;
    }

    boolean isWord(int i) {
        return inRange(i) && kind[i] == WORD;
    }

    /** Whether token {@code i} is the punctuation mark {@code mark}. */
    boolean isMark(int i, char mark) {
        return inRange(i) && kind[i] == MARK && value[i] == mark;
    }

    /** Whether token {@code i} is one of the punctuation marks in {@code marks}. */
    boolean isMarkIn(int i, String marks) {
        return inRange(i) && kind[i] == MARK && marks.indexOf(value[i]) >= 0;
    }

    /** The code point of mark {@code i}. */
    int mark(int i) {
        return value[i];
    }

    /** The value of number {@code i}; -1 when it has too many digits to be a date part. */
    int value(int i) {
        return value[i];
    }

    /** How many digits number {@code i} has. */
    int digits(int i) {
        return digits[i];
    }

    /** Whether number {@code i} carries a Latin ordinal ending (10th). */
    boolean isOrdinal(int i) {
        return ordinal[i];
    }

    /** Whether token {@code i} touches the token before it, with no space between. */
    boolean touchesPrevious(int i) {
        return i > 0 && inRange(i) && start[i] == end[i - 1];
    }

    /** The matching key of word {@code i}. */
    String key(int i) {
        if (keys[i] == null) {
            scratch.setLength(0);
            NORMALIZER.appendKey(text, start[i], end[i], scratch);
            keys[i] = scratch.toString();
        }
        return keys[i];
    }

    /** The most words a month name spans. */
    int longestMonthName() {
        return months.longestName();
    }

    /** The longest month name (one or more words) that starts at token {@code i}, or null. */
    MonthName monthAt(int i) {
        if (!isWord(i)) {
            return null;
        }
        if (!monthLookedUp[i]) {
            monthAt[i] = lookUpMonth(i);
            monthLookedUp[i] = true;
        }
        return monthAt[i];
    }

    private MonthName lookUpMonth(int first) {
        int words = 1;
        while (words < months.longestName() && isWord(first + words)) {
            words++;
        }
        for (; words >= 1; words--) {
            MonthName name = months.byKey(phraseKey(first, words));
            if (name != null && name.words() == words) {
                return name;
            }
        }
        return null;
    }

    private String phraseKey(int first, int words) {
        if (words == 1) {
            return key(first);
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = first; k < first + words; k++) {
            if (k > first) {
                phrase.append(WORD_SEPARATOR);
            }
            phrase.append(key(k));
        }
        return phrase.toString();
    }

    /**
     * The era written after a year at token {@code i}: هـ for the Hijri year, م for the Gregorian
     * one (as in "1445 هـ - 2024 م"); null when there is none.
     */
    CalendarSystem eraAt(int i) {
        if (!isWord(i)) {
            return null;
        }
        String key = key(i);
        if (key.equals(HIJRI_ERA_KEY)) {
            return CalendarSystem.HIJRI;
        }
        return key.equals(COMMON_ERA_KEY) ? CalendarSystem.GREGORIAN : null;
    }

    private boolean inRange(int i) {
        return i >= 0 && i < size;
    }
}

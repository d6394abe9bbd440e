package org.marsad.normalize;

import java.nio.CharBuffer;
import java.util.Objects;

/**
 * Gives Arabic text the two forms later stages need: one to show and one to match.
 *
 * <p>{@link #display(CharSequence) Display text} is the text as written, with only invisible junk
 * taken out:
 * <ul>
 *   <li>zero-width characters, bidi marks, embeddings, overrides and isolates, the word joiner,
 *       the byte order mark, the soft hyphen, the Arabic letter mark and U+180E are removed;</li>
 *   <li>no-break, fixed-width and ideographic spaces become U+0020.</li>
 * </ul>
 * Everything else is kept exactly: harakat, tatweel, hamza forms, Persian letters, Arabic-Indic
 * digits, runs of spaces. {@link #collapseWhitespace(CharSequence)} trims and collapses spaces
 * separately, for one-line fields.
 *
 * <p>The {@link #key(CharSequence) matching key} is for search, comparison and deduplication, and
 * is never shown. It is, in this order:
 * <ol>
 *   <li>invisible characters removed and unusual spaces made U+0020, as for display;</li>
 *   <li>NFKC, skipped when ICU's quick check says the text is already in NFKC: presentation forms
 *       and lam-alef ligatures become base letters, spacing harakat attach to their letter;</li>
 *   <li>harakat, superscript alef and Quranic annotation marks removed;</li>
 *   <li>tatweel removed;</li>
 *   <li>أ إ آ ٱ and the wavy-hamza alefs become ا; ؤ ئ ء stay;</li>
 *   <li>ى becomes ي;</li>
 *   <li>ة becomes ه;</li>
 *   <li>Persian, Urdu, Pashto and Kurdish letters become Arabic: ک گ to ك, ی ۍ ې to ي,
 *       ھ ۀ ہ ۂ ە to ه, ڤ to ف, پ to ب, چ to ج;</li>
 *   <li>Arabic-Indic and Persian digits become 0..9, ٫ becomes '.', ٬ becomes ','; the Arabic
 *       comma stays;</li>
 *   <li>ASCII and Latin-1 capitals become small letters.</li>
 * </ol>
 * Spaces are not collapsed in the key. Invisible characters go before NFKC rather than with the
 * other filters so that a stray zero-width character between a letter and its combining mark
 * cannot stop NFKC from composing them, which would leave a key that changes when keyed again.
 *
 * <p>{@link #appendKey(CharSequence, int, int, StringBuilder)} gives the same key for a slice of a
 * text, without copying the slice, for callers that key many words of one line.
 *
 * <p>The one instance, {@link #standard()}, is immutable and safe to share between threads.
 */
public final class ArabicNormalizer {

    /**
     * Chars below this are keyed through {@link #keyChars}: ASCII, Latin-1, the Arabic block, and on
     * to the general punctuation of U+2000..U+206F (curly quotes, dashes, ellipsis) that news text uses.
     */
    private static final char KEY_CHARS_LIMIT = '\u2070';
    /** In {@link #keyChars}: the key drops the char. A noncharacter, so never a key char. */
    private static final char DROPPED = '\uFFFF';
    /** In {@link #keyChars}: a slice holding the char needs the full key. A noncharacter too. */
    private static final char NEEDS_FULL_KEY = '\uFFFE';

    private static final ArabicNormalizer STANDARD = new ArabicNormalizer();

    private final CharFilter invisible = new InvisibleCharFilter();
    private final CharFilter whitespace = new WhitespaceCollapseFilter();
    /** Steps 3 to 10 of the key, the ones after NFKC; an array so the loop needs no iterator. */
    private final CharFilter[] foldingFilters = {
        new DiacriticFilter(),
        new TatweelFilter(),
        new AlefFilter(),
        new AlefMaqsuraFilter(),
        new TehMarbutaFilter(),
        new PersianLetterFilter(),
        new DigitFilter(),
        new LatinLowerCaseFilter(),
    };

    /**
     * For each char below {@link #KEY_CHARS_LIMIT}: its key char, {@link #DROPPED}, or
     * {@link #NEEDS_FULL_KEY}. Filled once from the filters themselves, read-only after.
     */
    private final char[] keyChars = new char[KEY_CHARS_LIMIT];

    private ArabicNormalizer() {
        char[] one = new char[1];
        for (char c = 0; c < KEY_CHARS_LIMIT; c++) {
            one[0] = c;
            boolean dropped = fold(one, 1) == 0;
            keyChars[c] = keyedAlone(c, dropped) ? (dropped ? DROPPED : one[0]) : NEEDS_FULL_KEY;
        }
    }

    /**
     * Whether the key of any text made only of chars like {@code c} is the text with each char
     * folded on its own, the NFKC step making no difference. True when c is visible and no unusual
     * space, NFKC never changes it nor merges it with a char before it, and it is a starter or a
     * mark the key drops: NFKC may reorder such marks, but they are gone from the key either way.
     * Every folding filter maps one char to at most one char whatever its neighbours, so folding
     * char by char is folding the whole text.
     */
    private static boolean keyedAlone(char c, boolean dropped) {
        return !InvisibleCharFilter.changes(c)
                && CompatibilityFolding.neverChanges(c)
                && (CompatibilityFolding.isStarter(c) || dropped);
    }

    /** The shared instance. */
    public static ArabicNormalizer standard() {
        return STANDARD;
    }

    /**
     * The text as written, without invisible characters and with unusual spaces made U+0020.
     * Returns the text's own content unchanged when there is nothing to clean.
     */
    public String display(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (!needsCleaning(text)) {
            return text.toString();
        }
        char[] buffer = text.toString().toCharArray();
        return new String(buffer, 0, invisible.filter(buffer, buffer.length));
    }

    /**
     * The text trimmed, with every run of whitespace (line breaks and no-break spaces included)
     * made one U+0020. Meant for one-line fields, usually after {@link #display(CharSequence)}.
     */
    public String collapseWhitespace(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (isCollapsed(text)) {
            return text.toString();
        }
        char[] buffer = text.toString().toCharArray();
        return new String(buffer, 0, whitespace.filter(buffer, buffer.length));
    }

    /**
     * The matching key of {@code text}: every step listed in the class comment. Equal to
     * {@link #filterKey(char[], int)} applied to the NFKC form of the text after its invisible
     * characters are removed.
     */
    public String key(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String folded = keyCharByChar(text);
        return folded != null ? folded : fullKey(text);
    }

    /** The key folded char by char through {@link #keyChars}, or null when a char needs the full key. */
    private String keyCharByChar(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char keyed = c < KEY_CHARS_LIMIT ? keyChars[c] : NEEDS_FULL_KEY;
            if (keyed == NEEDS_FULL_KEY) {
                return null;
            }
            if (keyed != DROPPED) {
                out[length++] = keyed;
            }
        }
        return new String(out, 0, length);
    }

    private String fullKey(CharSequence text) {
        char[] buffer = text.toString().toCharArray();
        int length = invisible.filter(buffer, buffer.length);
        CharBuffer cleaned = CharBuffer.wrap(buffer, 0, length);
        if (!CompatibilityFolding.isFolded(cleaned)) {
            buffer = CompatibilityFolding.fold(cleaned).toCharArray();
            length = buffer.length; // NFKC brings back no invisible characters, so step 1 holds
        }
        return new String(buffer, 0, fold(buffer, length));
    }

    /**
     * Appends the matching key of {@code text[start, end)} to {@code out}: the same chars as
     * {@code key(text.subSequence(start, end))}, built for callers that key many short slices,
     * such as the words of a line.
     *
     * <p>A slice of ASCII, Latin-1 and Arabic-block text that NFKC cannot change, which is nearly
     * every word of a news page, is folded char by char straight into {@code out}, through a table
     * filled from the filters, with no copy and no allocation beyond {@code out} growing. Any other
     * slice (presentation forms, invisible characters, a combining hamza, chars past the Arabic
     * block) takes the full {@link #key(CharSequence)}.
     *
     * @throws IndexOutOfBoundsException if {@code start..end} is not a range of {@code text}
     */
    public void appendKey(CharSequence text, int start, int end, StringBuilder out) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(out, "out");
        Objects.checkFromToIndex(start, end, text.length());
        int keyStart = out.length();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char keyed = c < KEY_CHARS_LIMIT ? keyChars[c] : NEEDS_FULL_KEY;
            if (keyed == NEEDS_FULL_KEY) {
                out.setLength(keyStart);
                out.append(fullKey(text.subSequence(start, end)));
                return;
            }
            if (keyed != DROPPED) {
                out.append(keyed);
            }
        }
    }

    /**
     * The key's filters, steps 1 and 3 to 10 of the class comment, in place on
     * {@code buffer[0..length)}; everything but NFKC.
     *
     * <p>NFKC is left out because it can make text longer (one ligature ﷺ becomes 18 chars), which
     * an in-place call cannot allow. Every step here only removes or replaces chars, so the result
     * fits: it is written to the front of {@code buffer}, its length is returned and is never
     * more than {@code length}, and {@code buffer[length..]} is not touched. For text that may hold
     * presentation forms, use {@link #key(CharSequence)}. Allocates nothing.
     *
     * @return the length of the filtered text
     * @throws IndexOutOfBoundsException if {@code length} is negative or beyond the buffer
     */
    public int filterKey(char[] buffer, int length) {
        Objects.checkFromIndexSize(0, length, buffer.length);
        return fold(buffer, invisible.filter(buffer, length));
    }

    private int fold(char[] buffer, int length) {
        for (CharFilter filter : foldingFilters) {
            length = filter.filter(buffer, length);
        }
        return length;
    }

    /** No whitespace at either end, and no whitespace inside but single U+0020 spaces. */
    private static boolean isCollapsed(CharSequence text) {
        int n = text.length();
        if (n > 0 && (WhitespaceCollapseFilter.isWhitespace(text.charAt(0))
                || WhitespaceCollapseFilter.isWhitespace(text.charAt(n - 1)))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (WhitespaceCollapseFilter.isWhitespace(c) && (c != ' ' || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsCleaning(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (InvisibleCharFilter.changes(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

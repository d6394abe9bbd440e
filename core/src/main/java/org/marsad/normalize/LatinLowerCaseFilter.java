package org.marsad.normalize;

/**
 * Lowercases the capital letters of ASCII (A..Z) and Latin-1 (À..Þ, except × U+00D7).
 *
 * <p>Arabic articles quote Latin names and acronyms (GMT, BBC, Reuters) in any case; the key
 * should not care. The range is kept to Latin-1 so the mapping is one char to one char and
 * locale-free: no Turkish dotted I, no ß to "ss". NFKC, which runs before this filter in
 * {@link ArabicNormalizer#key(CharSequence)}, has already turned fullwidth Ａ into A.
 */
final class LatinLowerCaseFilter implements CharFilter {

    private static final char LATIN_CAPITAL_A_WITH_GRAVE = '\u00C0';
    private static final char LATIN_CAPITAL_THORN = '\u00DE';
    private static final char MULTIPLICATION_SIGN = '\u00D7';
    /** Latin-1 lays out its capitals 32 below their small letters, as ASCII does. */
    private static final int CASE_OFFSET = 'a' - 'A';

    @Override
    public int filter(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if ((c >= 'A' && c <= 'Z')
                    || (c >= LATIN_CAPITAL_A_WITH_GRAVE && c <= LATIN_CAPITAL_THORN && c != MULTIPLICATION_SIGN)) {
                buffer[i] = (char) (c + CASE_OFFSET);
            }
        }
        return length;
    }
}

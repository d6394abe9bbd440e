package org.marsad.source;

/**
 * How much of a byte sequence is well-formed UTF-8, used to tell damaged UTF-8 from a legacy
 * single-byte charset once strict UTF-8 decoding has failed.
 *
 * <p>Legacy Arabic text (windows-1256, ISO-8859-6) is mostly bytes 0xC1..0xFF, which read as UTF-8
 * lead bytes followed by another lead byte or ASCII: nearly every sequence is malformed, and the
 * well-formed ones are accidents such as a letter followed by '؟' (0xBF). Damaged UTF-8 is the
 * reverse: many well-formed sequences and a few malformed ones.
 *
 * @param wellFormedMultibyte  number of well-formed 2..4-byte sequences
 * @param malformed            number of bytes at which no well-formed sequence starts
 * @param firstMalformedOffset offset of the first such byte, or -1 if there is none
 */
record Utf8Profile(int wellFormedMultibyte, int malformed, int firstMalformedOffset) {

    /**
     * Well-formed sequences must outnumber malformed ones this many times for the bytes to count
     * as damaged UTF-8. Two, not one: in a short legacy text such as "لا؟" (E1 C7 BF) one accidental
     * well-formed pair (C7 BF) stands beside one malformed byte.
     */
    static final int DAMAGED_UTF8_RATIO = 2;

    /** True if the bytes are UTF-8 with some damage rather than text in another charset. */
    boolean isDamagedUtf8() {
        return malformed > 0 && wellFormedMultibyte >= DAMAGED_UTF8_RATIO * malformed;
    }

    static Utf8Profile of(byte[] bytes) {
        int wellFormed = 0;
        int malformed = 0;
        int firstMalformed = -1;
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                wellFormed++;
                i += length;
            } else {
                malformed++;
                if (firstMalformed < 0) {
                    firstMalformed = i;
                }
                i++;
            }
        }
        return new Utf8Profile(wellFormed, malformed, firstMalformed);
    }

    /**
     * Length of the well-formed multibyte sequence starting at {@code at}, or 0 if none starts there.
     * Follows the table of well-formed sequences in RFC 3629 (no overlongs, no surrogates, nothing
     * above U+10FFFF), the same rules as Java's strict UTF-8 decoder.
     */
    private static int sequenceLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continues(bytes, at + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continues(bytes, at + 1, low, high) && continues(bytes, at + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continues(bytes, at + 1, low, high)
                    && continues(bytes, at + 2, 0x80, 0xBF)
                    && continues(bytes, at + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continues(byte[] bytes, int at, int low, int high) {
        if (at >= bytes.length) {
            return false;
        }
        int b = bytes[at] & 0xFF;
        return b >= low && b <= high;
    }
}

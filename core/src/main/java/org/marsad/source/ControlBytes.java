package org.marsad.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells binary content from text by its control bytes: text holds NUL and C0 control bytes other
 * than tab, LF, FF and CR only by accident (a page saved with a few NULs where an ad's markup was
 * blanked), binary content holds many. Works on raw bytes, before decoding, which is safe for every
 * charset Marsad reads from bytes without a BOM (UTF-8 and the single-byte Arabic charsets all keep
 * C0 for controls); UTF-16 is checked after decoding instead.
 */
final class ControlBytes {

    /** Only the head of a page is examined: binary files show it at once, and pages can be large. */
    static final int EXAMINED_BYTES = 64 * 1024;

    /** More than 1 in 100 control bytes (NUL included) is binary, not a text with a few stray controls. */
    static final double MAX_CONTROL_SHARE = 0.01;

    private ControlBytes() {
    }

    /**
     * Why the bytes look binary ("NUL byte at byte 17", "3.5% control bytes ..."), or empty if they
     * look like text. The first NUL is named when there is one, as the surest sign of binary content.
     */
    static Optional<String> binaryEvidence(byte[] content) {
        int examined = Math.min(content.length, EXAMINED_BYTES);
        int controls = 0;
        int firstNul = -1;
        for (int i = 0; i < examined; i++) {
            int b = content[i] & 0xFF;
            if (b == 0 && firstNul < 0) {
                firstNul = i;
            }
            if (isStrayControl(b)) {
                controls++;
            }
        }
        if (examined > 0 && controls > examined * MAX_CONTROL_SHARE) {
            if (firstNul >= 0) {
                return Optional.of("NUL byte at byte " + firstNul);
            }
            String percent = String.format(Locale.ROOT, "%.1f%%", 100.0 * controls / examined);
            return Optional.of(percent + " control bytes in the first " + examined + " bytes");
        }
        return Optional.empty();
    }

    /** The number of NUL bytes in the whole content. */
    static int nulCount(byte[] content) {
        int n = 0;
        for (byte b : content) {
            if (b == 0) {
                n++;
            }
        }
        return n;
    }

    /** The content without its NUL bytes; {@code nuls} is their number, from {@link #nulCount}. */
    static byte[] withoutNuls(byte[] content, int nuls) {
        byte[] out = new byte[content.length - nuls];
        int j = 0;
        for (byte b : content) {
            if (b != 0) {
                out[j++] = b;
            }
        }
        return out;
    }

    /** The offset of the first NUL byte, or -1. */
    static int firstNul(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStrayControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r';
    }
}

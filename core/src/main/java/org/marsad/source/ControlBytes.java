package org.marsad.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells binary content from text by its control bytes: text never holds a NUL, and holds C0 control
 * bytes other than tab, LF, FF and CR only by accident. Works on raw bytes, before decoding, which
 * is safe for every charset Marsad reads from bytes without a BOM (UTF-8 and the single-byte
 * Arabic charsets all keep C0 for controls); UTF-16 is checked after decoding instead.
 */
final class ControlBytes {

    /** Only the head of a page is examined: binary files show it at once, and pages can be large. */
    static final int EXAMINED_BYTES = 64 * 1024;

    /** More than 1 in 100 stray control bytes is binary, not a text with a few stray controls. */
    static final double MAX_CONTROL_SHARE = 0.01;

    private ControlBytes() {
    }

    /** Why the bytes look binary ("NUL byte at byte 17", "3.5% control bytes ..."), or empty if they look like text. */
    static Optional<String> binaryEvidence(byte[] content) {
        int examined = Math.min(content.length, EXAMINED_BYTES);
        int controls = 0;
        for (int i = 0; i < examined; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return Optional.of("NUL byte at byte " + i);
            }
            if (isStrayControl(b)) {
                controls++;
            }
        }
        if (examined > 0 && controls > examined * MAX_CONTROL_SHARE) {
            String percent = String.format(Locale.ROOT, "%.1f%%", 100.0 * controls / examined);
            return Optional.of(percent + " control bytes in the first " + examined + " bytes");
        }
        return Optional.empty();
    }

    private static boolean isStrayControl(int b) {
        return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r';
    }
}

package org.marsad.source;

import java.util.List;
import java.util.Objects;

/**
 * Text decoded from a page's bytes.
 *
 * @param text     the text, leading byte-order mark removed and line breaks unified to LF
 * @param charset  the name of the charset that was used, e.g. {@code "windows-1256"}
 * @param warnings what was repaired to read the page at all, each naming the reason
 *                 ({@code "invalid UTF-8 at byte 120: 2 bytes read as U+FFFD"}); empty for a sound page
 */
public record DecodedText(String text, String charset, List<String> warnings) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }

    /** Text decoded without any repair. */
    public DecodedText(String text, String charset) {
        this(text, charset, List.of());
    }
}

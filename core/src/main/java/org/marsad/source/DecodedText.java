package org.marsad.source;

import java.util.Objects;

/**
 * Text decoded from a page's bytes.
 *
 * @param text    the text, leading byte-order mark removed and line breaks unified to LF
 * @param charset the name of the charset that was used, e.g. {@code "windows-1256"}
 */
public record DecodedText(String text, String charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}

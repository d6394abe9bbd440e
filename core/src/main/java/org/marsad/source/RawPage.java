package org.marsad.source;

import java.util.List;
import java.util.Objects;

/**
 * One crawled page as text, before any extraction.
 *
 * @param source  where the page came from: the input path as given (normalized), the path of a file
 *                as walked from a given directory (e.g. {@code pages/a/b.txt}), or {@code "-"} for stdin
 * @param text    the decoded text, with a leading byte-order mark removed and CRLF / lone CR turned
 *                into LF; everything else is kept as it was
 * @param charset the charset the bytes were decoded with ({@code "UTF-8"}, {@code "windows-1256"},
 *                {@code "ISO-8859-6"}, ...), or {@link #IN_MEMORY_CHARSET} for text that never was bytes
 * @param format  what the page's carrier declared about its format: {@link PageFormat#UNDECLARED} for
 *                files, {@link PageFormat#HTML} for a WARC response served as HTML
 * @param warnings what decoding had to repair to read the page (bad bytes replaced, NUL bytes
 *                dropped), each naming the reason; empty for a sound page
 */
public record RawPage(String source, String text, String charset, PageFormat format, List<String> warnings) {

    /** The charset of a page built from a Java string: no bytes were decoded, so no charset was used. */
    public static final String IN_MEMORY_CHARSET = "in-memory";

    public RawPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(format, "format");
        warnings = List.copyOf(warnings);
    }

    /** A page read without any repair. */
    public RawPage(String source, String text, String charset, PageFormat format) {
        this(source, text, charset, format, List.of());
    }

    /** A page whose format nobody declared (a file, a posted page): extraction decides by name and text. */
    public RawPage(String source, String text, String charset) {
        this(source, text, charset, PageFormat.UNDECLARED);
    }
}

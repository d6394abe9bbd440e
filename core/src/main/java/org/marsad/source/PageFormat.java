package org.marsad.source;

/**
 * What the carrier of a page said about its format, before anyone looked at the text. A file says
 * nothing beyond its name, so its pages are {@link #UNDECLARED} and extraction decides by name and
 * content; a WARC response declares its media type in the HTTP header, which outranks any sniffing
 * (an HTML page may open with a {@code <meta>} or {@code <script>} instead of a doctype).
 */
public enum PageFormat {
    /** Nothing declared: decided by the source's name and the text. */
    UNDECLARED,
    /** Declared HTML or XHTML, e.g. by an HTTP Content-Type. */
    HTML
}

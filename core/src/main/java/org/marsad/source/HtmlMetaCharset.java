package org.marsad.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in its first {@value #PRESCAN_BYTES} bytes:
 * {@code <meta charset="windows-1256">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}.
 * The bytes are read as ASCII, as the HTML prescan does.
 */
final class HtmlMetaCharset {

    static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlMetaCharset() {
    }

    static Optional<Charset> declared(byte[] bytes) {
        return firstDeclared(new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1));
    }

    /** The most of a page searched for the end of its head: heads are long, not this long. */
    static final int HEAD_SCAN_BYTES = 512 * 1024;
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>|<body[\\s>]", Pattern.CASE_INSENSITIVE);

    /**
     * The charset a {@code <meta>} tag anywhere in the page's {@code <head>} declares, for pages
     * whose head opens with more inline script than the prescan reads: a browser still switches to
     * that charset when its parser reaches the tag. Only the head counts (up to {@code </head>} or
     * {@code <body>}, at most {@value #HEAD_SCAN_BYTES} bytes); a tag in the body declares nothing.
     */
    static Optional<Charset> declaredInHead(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, HEAD_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher end = HEAD_END.matcher(start);
        return firstDeclared(end.find() ? start.substring(0, end.start()) : start);
    }

    private static Optional<Charset> firstDeclared(String head) {
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // As browsers do: a declared Latin-1 is read as its superset windows-1252.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
            name = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

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
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
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

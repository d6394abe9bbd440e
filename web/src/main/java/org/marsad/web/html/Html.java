package org.marsad.web.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A small HTML (and inline SVG) writer that escapes every text and every attribute value, so that
 * untrusted article text can never open a tag, close an attribute or start a script.
 * <ul>
 *   <li>tag and attribute names come from code and must match {@code [a-zA-Z][a-zA-Z0-9-]*} (SVG has {@code viewBox}): a name built
 *       from data fails loudly instead of being written;</li>
 *   <li>text escapes {@code & < >}; attribute values are always double-quoted and escape
 *       {@code & < > " '} as well;</li>
 *   <li>elements are closed in order from a stack, so markup is always balanced;</li>
 *   <li>there is no way to write raw markup.</li>
 * </ul>
 */
public final class Html {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final String DOCTYPE = "<!doctype html>\n";

    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value pairs, a null value leaves the attribute out. */
    public Html open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    public Html close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no open element to close");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element holding only text. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** An element without content that has no end tag ({@code meta}, {@code link}, {@code input}, {@code br}). */
    public Html empty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        return this;
    }

    /** A self-closed SVG element ({@code line}, {@code circle}, {@code rect}). */
    public Html svgEmpty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text; null writes nothing. */
    public Html text(String text) {
        if (text != null) {
            escape(text, false);
        }
        return this;
    }

    /** The markup written so far; every element must be closed. */
    public String fragment() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    /** The markup as a whole HTML document, with its doctype. */
    public String document() {
        return DOCTYPE + fragment();
    }

    private void startTag(String tag, String... attributes) {
        checkName(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + tag);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            checkName(attributes[i]);
            out.append(' ').append(attributes[i]).append("=\"");
            escape(value, true);
            out.append('"');
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + name);
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\u0000' -> out.append('\uFFFD'); // NUL is a parse error in HTML
                default -> out.append(c);
            }
        }
    }
}

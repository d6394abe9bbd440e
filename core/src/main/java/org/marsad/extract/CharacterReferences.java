package org.marsad.extract;

import org.jsoup.nodes.Entities;

/**
 * Decodes the HTML character references that scraped records carry in plain-text fields: a
 * crawler that took a headline from the page's markup without unescaping it leaves
 * {@code &quot;موبايلي&quot;} or {@code &#8220;حفنة&#8221;}. Left as they are, the references show
 * as code on the page and become words when matching ({@code quot}, {@code 8220}) that tie
 * unrelated headlines of one outlet together.
 *
 * <p>Strict on purpose: only a complete reference, ending in {@code ;}, is decoded: a named one
 * HTML knows ({@code &quot;}, {@code &amp;}, {@code &nbsp;}), a decimal {@code &#8220;} or a hex
 * {@code &#x201C;} naming a valid code point. {@code AT&T}, {@code R&D} and an unknown
 * {@code &foo;} stay as written. One pass: {@code &amp;quot;} becomes {@code &quot;}.
 */
public final class CharacterReferences {

    /** The longest reference looked for; the longest HTML entity name is 31 letters. */
    private static final int MAX_LENGTH = 34;

    private CharacterReferences() {
    }

    /** {@code text} with its character references decoded; the same instance when it has none (or null). */
    public static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int amp = text.indexOf('&');
        while (amp >= 0) {
            int semicolon = text.indexOf(';', amp + 1);
            String decoded = semicolon < 0 || semicolon - amp > MAX_LENGTH ? null : reference(text, amp + 1, semicolon);
            if (decoded != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, amp).append(decoded);
                copied = semicolon + 1;
            }
            amp = text.indexOf('&', decoded != null ? copied : amp + 1);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** What {@code &body;} stands for, body being {@code text[from, to)}; null when it is not a reference. */
    private static String reference(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (text.charAt(from) == '#') {
            boolean hex = from + 1 < to && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X');
            int start = hex ? from + 2 : from + 1;
            if (start >= to || to - start > 8) {
                return null;
            }
            int codePoint = 0;
            for (int i = start; i < to; i++) {
                int digit = asciiDigit(text.charAt(i), hex);
                if (digit < 0) {
                    return null;
                }
                codePoint = codePoint * (hex ? 16 : 10) + digit;
                if (codePoint > Character.MAX_CODE_POINT) {
                    return null;
                }
            }
            boolean valid = codePoint > 0 && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
            return valid ? new String(Character.toChars(codePoint)) : null;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return null;
            }
        }
        String name = text.substring(from, to);
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
    }

    /** The value of an ASCII digit (hex letters too when {@code hex}); -1 for anything else, other scripts' digits included. */
    private static int asciiDigit(char c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (hex && c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (hex && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}

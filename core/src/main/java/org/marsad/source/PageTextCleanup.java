package org.marsad.source;

/**
 * The only changes made to a page's text on reading:
 * <ul>
 *   <li>a leading byte-order mark (U+FEFF) is removed;</li>
 *   <li>CRLF and lone CR line breaks become LF.</li>
 * </ul>
 * Everything else (tatweel, harakat, non-breaking spaces, control characters) is left to later
 * stages, which know what they need to keep.
 */
final class PageTextCleanup {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char CR = '\r';
    private static final char LF = '\n';

    private PageTextCleanup() {
    }

    static String clean(String text) {
        int start = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        int firstCr = text.indexOf(CR, start);
        if (firstCr < 0) {
            return start == 0 ? text : text.substring(start);
        }
        StringBuilder out = new StringBuilder(text.length() - start);
        out.append(text, start, firstCr);
        for (int i = firstCr; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != CR) {
                out.append(c);
                continue;
            }
            out.append(LF);
            if (i + 1 < text.length() && text.charAt(i + 1) == LF) {
                i++;
            }
        }
        return out.toString();
    }
}

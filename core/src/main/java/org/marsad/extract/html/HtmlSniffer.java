package org.marsad.extract.html;

import java.util.Locale;

/** Tells an HTML page from a text page: by file name ({@code .html}, {@code .htm}, with {@code .gz}), else by content. */
public final class HtmlSniffer {

    private static final int SNIFF_CHARS = 1024;

    private HtmlSniffer() {
    }

    /** True for a source named *.html / *.htm (optionally .gz), or text that opens with a doctype, {@code <html} or {@code <head}. */
    public static boolean isHtml(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        return looksLikeHtml(text);
    }

    /** The first non-blank characters (after comments and an XML declaration) open an HTML document. */
    public static boolean looksLikeHtml(CharSequence text) {
        String head = text.subSequence(0, Math.min(SNIFF_CHARS, text.length())).toString().toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
                i++;
            }
            if (head.startsWith("<!--", i)) {
                int close = head.indexOf("-->", i);
                if (close < 0) {
                    return false;
                }
                i = close + 3;
            } else if (head.startsWith("<?xml", i)) {
                int close = head.indexOf("?>", i);
                if (close < 0) {
                    return false;
                }
                i = close + 2;
            } else {
                break;
            }
        }
        return head.startsWith("<!doctype html", i) || head.startsWith("<html", i) || head.startsWith("<head", i);
    }
}

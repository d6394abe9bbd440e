package org.marsad.extract.feed;

import java.util.Optional;

/**
 * The name of an XML document's root element, read past the XML declaration, comments, processing
 * instructions and a doctype, without parsing the document: enough to tell a feed ({@code rss},
 * {@code feed}, {@code rdf:RDF}) from a sitemap or any other XML before handing it to a parser.
 */
final class FeedSniffer {

    /** Root elements of RSS 0.9x/2.0, Atom and RSS 1.0 (RDF). */
    static boolean isFeedRoot(String root) {
        return root.equals("rss") || root.equals("feed") || root.equals("rdf:RDF") || root.endsWith(":feed");
    }

    private FeedSniffer() {
    }

    /** The root element's qualified name, or empty when the text does not open with XML markup. */
    static Optional<String> rootElement(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!", i)) {
                i = after(text, ">", i);
            } else if (c == '<') {
                int end = i + 1;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                return end > i + 1 ? Optional.of(text.substring(i + 1, end)) : Optional.empty();
            } else {
                return Optional.empty();
            }
            if (i < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int after(String text, String close, int from) {
        int at = text.indexOf(close, from);
        return at < 0 ? -1 : at + close.length();
    }
}

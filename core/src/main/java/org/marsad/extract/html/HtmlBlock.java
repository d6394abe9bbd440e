package org.marsad.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text of a page as one block-level element holds it (text inside nested block-level
 * elements belongs to their own blocks).
 *
 * @param element     the block-level element
 * @param start       the element's number in document order ({@link PageTree})
 * @param text        display text, whitespace collapsed; {@code <br>} kept as a line break
 * @param linkChars   how many of the characters are link text
 * @param chromeReason why the element's whole subtree was set aside as chrome, or null
 * @param socialLink  whether the block links to a social network, a messenger or an app store
 *                    ({@link SocialLinks}; links inside a quotation, an embedded post, do not count)
 */
record HtmlBlock(Element element, int start, String text, int linkChars, String chromeReason, boolean socialLink) {

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isChrome() {
        return chromeReason != null;
    }
}

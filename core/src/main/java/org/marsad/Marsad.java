package org.marsad;

import java.util.List;

import org.marsad.article.Article;
import org.marsad.extract.TextPageExtractor;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.extract.html.HtmlSniffer;
import org.marsad.source.RawPage;

/**
 * The entry point to Marsad's stages for programs that embed it:
 * {@code new Marsad().extract(page)} turns a page into its clean articles.
 * Thread-safe; build one and share it (building loads the lexicons).
 */
public final class Marsad {

    private final TextPageExtractor textPages = new TextPageExtractor();
    private final HtmlPageExtractor htmlPages = new HtmlPageExtractor();

    /**
     * The articles of a page: the main article first, then any appended after it. HTML pages (named
     * *.html / *.htm, or opening with a doctype or {@code <html>}) go to the HTML extractor.
     */
    public List<Article> extract(RawPage page) {
        if (HtmlSniffer.isHtml(page.source(), page.text())) {
            return htmlPages.extract(page);
        }
        return textPages.extract(page);
    }
}

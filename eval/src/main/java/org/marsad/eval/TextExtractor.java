package org.marsad.eval;

/** Something that turns an HTML page into its main text: Marsad or a peer measured beside it. */
public interface TextExtractor {

    String name();

    /** The main text of the page, paragraphs separated by newlines; empty when nothing was found. */
    String extract(String html, String url);
}

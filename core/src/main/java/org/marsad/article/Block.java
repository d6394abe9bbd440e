package org.marsad.article;

/**
 * One labelled block of a page, kept so that every decision can be explained ({@code --explain}).
 *
 * @param line   1-based line number in the page file for text pages; 0 for HTML pages
 * @param label  what the block was judged to be
 * @param reason a short human-readable reason for the label
 * @param text   the block's display text
 * @param path   for HTML pages, a CSS path to the block's element ({@code body > div#main > p:nth-child(3)});
 *               null for text pages
 */
public record Block(int line, BlockLabel label, String reason, String text, String path) {

    /** A block of a text page, located by its line number. */
    public Block(int line, BlockLabel label, String reason, String text) {
        this(line, label, reason, text, null);
    }

    /** A block of an HTML page, located by a CSS path. */
    public static Block html(String path, BlockLabel label, String reason, String text) {
        return new Block(0, label, reason, text, path);
    }
}

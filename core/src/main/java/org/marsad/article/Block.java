package org.marsad.article;

/**
 * One labelled block of a page, kept so that every decision can be explained ({@code --explain}).
 *
 * @param line   1-based line number in the page file
 * @param label  what the block was judged to be
 * @param reason a short human-readable reason for the label
 * @param text   the block's display text
 */
public record Block(int line, BlockLabel label, String reason, String text) {
}

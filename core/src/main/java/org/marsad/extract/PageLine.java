package org.marsad.extract;

/**
 * One non-blank line of a text page, in its three forms.
 *
 * @param number 1-based line number in the page file
 * @param text   display text: invisible characters removed, spaces collapsed, trimmed
 * @param key    matching key of the text (for lexicon lookups, never shown)
 * @param tokens word tokens of the key
 * @param shape  the line's shape features
 */
record PageLine(int number, String text, String key, String[] tokens, LineShape shape) {
}

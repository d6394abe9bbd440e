package org.marsad.store;

/**
 * A run of original text in a snippet; {@code match} when it is a word the query matched. Renderers
 * escape {@code text} and mark matched runs; the text is never normalized.
 */
public record SnippetPart(String text, boolean match) {
}

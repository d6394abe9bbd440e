package org.marsad.event;

/**
 * One article's telling of a timeline event.
 *
 * @param article  the article's id
 * @param source   the path or URL of its page
 * @param outlet   the outlet, or null
 * @param sentence the sentence that tells the event
 */
public record EventSource(String article, String source, String outlet, String sentence) {
}

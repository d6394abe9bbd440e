package org.marsad.event;

import java.util.List;
import java.util.Objects;

/**
 * One event told by one sentence of an article.
 *
 * @param type         visit, meeting, agreement, ...
 * @param status       planned, happened or reported
 * @param date         TIMEX3 value of the event's date at its granularity ({@code 2024-06},
 *                     {@code 2024-06-19}), or null when the sentence gives none
 * @param participants canonical entity ids of the people and organizations taking part, in text order
 * @param place        canonical entity id of where it happens, or null
 * @param sentence     the sentence as written
 * @param start        offset of the sentence in the article's text (UTF-16 units)
 * @param end          offset after the sentence
 */
public record EventFrame(EventType type, EventStatus status, String date, List<String> participants,
                         String place, String sentence, int start, int end) {

    public EventFrame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentence, "sentence");
        participants = List.copyOf(participants);
    }
}

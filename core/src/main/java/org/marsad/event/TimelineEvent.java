package org.marsad.event;

import java.util.List;
import java.util.Objects;

/**
 * One event on a timeline: the event frames of several articles merged because they tell the same
 * thing (same type, overlapping participants, compatible dates).
 *
 * @param date         the most precise date the sources agree on (TIMEX3 value), or null
 * @param dateTo       the latest date reported when sources disagree within the merge window, else null
 * @param type         visit, meeting, agreement, ...
 * @param status       happened if any source reports it done, else planned or reported
 * @param participants canonical entity ids, union over the sources
 * @param place        canonical entity id of the place, or null
 * @param summary      one sentence that tells it (the most complete source sentence)
 * @param sources      every article that tells it
 */
public record TimelineEvent(String date, String dateTo, EventType type, EventStatus status,
                            List<String> participants, String place, String summary, List<EventSource> sources) {

    public TimelineEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }
}

package org.marsad.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.event.EventFrame;
import org.marsad.event.EventType;

/**
 * The event an article leads with, as story clustering compares it: who did what where. News is
 * written top down, so the event of the first sentences is the one the article is about; later
 * sentences recall earlier events (the last visit, the first summit) that belong to other stories.
 *
 * <p>Two retellings of one event often share few words (one outlet says يستعد لزيارة, the other
 * من المقرر أن يزور, and each adds its own background), while an article about a different event
 * with the same actors can share many (Kim visiting Russia, Putin visiting North Korea). The
 * frame keeps the direction: the type, the participants and the place. See {@link #sameEvent}.
 *
 * @param type         the event type's JSON name (visit, meeting, ...)
 * @param participants canonical entity ids of who takes part
 * @param place        canonical entity id of where, or null
 */
public record LeadEvent(String type, List<String> participants, String place) {

    /**
     * How far into the text the lead reaches, in characters: an Arabic news lead is one or two
     * sentences, rarely more than 300 characters; an event whose sentence starts later is a
     * development or background.
     */
    static final int LEAD_CHARS = 300;

    public LeadEvent {
        Objects.requireNonNull(type, "type");
        participants = List.copyOf(participants);
    }

    /**
     * The lead events of an analyzed article: events of the lead whose type places something that
     * happens once (visits, meetings, agreements, deployments; statements and announcements are
     * daily and say nothing of which story), with a place or at least two participants.
     */
    public static List<LeadEvent> of(AnalyzedArticle analyzed) {
        List<LeadEvent> out = new ArrayList<>();
        for (EventFrame f : analyzed.events()) {
            add(out, f.type().jsonName(), f.start(), f.participants(), f.place());
        }
        return out;
    }

    /**
     * Adds the event told by a sentence starting at {@code start} to {@code leadEvents} if it is a
     * lead event not already there; for callers that hold events as rows (the Spark job).
     *
     * @param type the event type's JSON name
     */
    public static void add(List<LeadEvent> leadEvents, String type, int start, List<String> participants, String place) {
        if (start >= LEAD_CHARS || !placesAStory(type) || (place == null && participants.size() < 2)) {
            return;
        }
        LeadEvent e = new LeadEvent(type, participants, place);
        if (!leadEvents.contains(e)) {
            leadEvents.add(e);
        }
    }

    private static boolean placesAStory(String type) {
        return type.equals(EventType.VISIT.jsonName()) || type.equals(EventType.MEETING.jsonName())
                || type.equals(EventType.AGREEMENT.jsonName()) || type.equals(EventType.DEPLOYMENT.jsonName());
    }

    /**
     * Whether two lead events are one event: the same type, the same place and a participant in
     * common, or, both without a place (meetings often name none), two participants in common. A
     * visit of Putin to North Korea and a visit of Kim to Russia share both men but not the place:
     * two events. A place on one side only is not enough: the two sides may tell events in
     * different places (a prince visiting troops in the south, a plane he sent landing in Aden).
     */
    public boolean sameEvent(LeadEvent other) {
        if (!type.equals(other.type) || !java.util.Objects.equals(place, other.place)) {
            return false;
        }
        int common = 0;
        for (String p : participants) {
            if (other.participants.contains(p)) {
                common++;
            }
        }
        return common >= (place == null ? 2 : 1);
    }
}

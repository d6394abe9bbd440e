package org.marsad.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marsad.analyze.AnalyzedArticle;

/**
 * Timelines: the event frames of many articles merged into events, ordered by date. Frames merge
 * when they have the same type, the same date and the same participants and place; undated frames
 * stay apart (nothing ties them to one occasion).
 */
public final class Timeline {

    private Timeline() {
    }

    /** The events of {@code articles} whose participants or place include every id of {@code entityIds}. */
    public static List<TimelineEvent> build(Collection<AnalyzedArticle> articles, Collection<String> entityIds) {
        Map<String, List<Source>> groups = new LinkedHashMap<>();
        for (AnalyzedArticle a : articles) {
            for (EventFrame f : a.events()) {
                Set<String> involved = new TreeSet<>(f.participants());
                if (f.place() != null) {
                    involved.add(f.place());
                }
                if (!involved.containsAll(entityIds) || f.date() == null) {
                    continue;
                }
                String key = f.type() + "|" + f.date() + "|" + involved;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Source(a, f));
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (List<Source> group : groups.values()) {
            EventFrame first = group.get(0).frame;
            EventStatus status = group.stream().anyMatch(s -> s.frame.status() == EventStatus.HAPPENED)
                    ? EventStatus.HAPPENED : first.status();
            List<EventSource> sources = group.stream()
                    .map(s -> new EventSource(s.article.article().id(), s.article.article().source(),
                            s.article.article().outlet(), s.frame.sentence()))
                    .toList();
            events.add(new TimelineEvent(first.date(), null, first.type(), status, first.participants(),
                    first.place(), first.sentence(), sources));
        }
        events.sort(Comparator.comparing(TimelineEvent::date));
        return events;
    }

    private record Source(AnalyzedArticle article, EventFrame frame) {
    }
}

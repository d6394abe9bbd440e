package org.marsad.web.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.event.EventSource;
import org.marsad.event.TimelineEvent;

/**
 * A timeline section: the chart, then every event in date order with the sources that tell it
 * (outlet, the sentence, a link to the article), so each mark on the chart can be checked.
 */
final class TimelineView {

    static final int MAX_EVENTS = 200;

    private final Labels labels;
    private final EntityNames names;

    TimelineView(Labels labels, EntityNames names) {
        this.labels = labels;
        this.names = names;
    }

    void write(Html h, List<TimelineEvent> events) {
        if (events.isEmpty()) {
            Fragments.empty(h, "لا أحداث مسجلة بعد.");
            return;
        }
        TimelineChart chart = new TimelineChart(labels, names);
        if (TimelineChart.drawable(events)) {
            chart.write(h, events);
        }
        List<TimelineEvent> shown = events.size() > MAX_EVENTS ? events.subList(0, MAX_EVENTS) : events;
        h.open("ol", "class", "events");
        for (TimelineEvent e : shown) {
            h.open("li", "class", "event status-" + e.status().jsonName());
            h.open("p", "class", "event-head");
            String when = e.date() == null ? Fragments.UNDATED : labels.timexDate(e.date());
            if (e.dateTo() != null) {
                when = when + " – " + labels.timexDate(e.dateTo());
            }
            h.element("span", when, "class", "date");
            h.element("span", labels.of("event-type", e.type().jsonName()), "class", "event-type");
            h.element("span", labels.of("event-status", e.status().jsonName()), "class", "event-status");
            participants(h, e);
            h.close();
            if (e.summary() != null) {
                h.element("p", e.summary(), "class", "event-summary");
            }
            sources(h, e.sources());
            h.close();
        }
        h.close();
        if (shown.size() < events.size()) {
            Fragments.empty(h, "تُعرض أول " + shown.size() + " أحداث من " + events.size() + ".");
        }
    }

    private void participants(Html h, TimelineEvent e) {
        if (e.participants().isEmpty() && e.place() == null) {
            return;
        }
        h.open("span", "class", "who");
        boolean first = true;
        for (String id : e.participants()) {
            if (!first) {
                h.text("، ");
            }
            h.element("a", names.of(id), "href", Links.entity(id));
            first = false;
        }
        if (e.place() != null) {
            h.text(first ? "" : " ");
            h.text("في ");
            h.element("a", names.of(e.place()), "href", Links.entity(e.place()));
        }
        h.close();
    }

    private static void sources(Html h, List<EventSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        // one item per article: an article that tells the event in several sentences is one source
        Map<String, List<EventSource>> byArticle = new LinkedHashMap<>();
        for (EventSource s : sources) {
            byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
        }
        h.open("div", "class", "sources");
        h.element("span", "المصادر (" + byArticle.size() + "):", "class", "sources-label");
        h.open("ul");
        for (List<EventSource> tellings : byArticle.values()) {
            EventSource s = tellings.get(0);
            h.open("li");
            h.element("a", s.outlet() != null ? s.outlet() : s.source(), "href", Links.article(s.article()), "class", "outlet");
            for (EventSource telling : tellings) {
                h.element("q", telling.sentence());
            }
            h.close();
        }
        h.close();
        h.close();
    }
}

package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.event.EventSource;
import org.marsad.event.TimelineEvent;

/**
 * Prints a timeline, for people (one block per event: date, type, status, who, where, the summary
 * sentence and each source) or as JSON Lines in the contract of PRODUCT.md ({@code date, type,
 * status, participants, place, summary, sources[{article, source, outlet, sentence}]}, plus
 * {@code date_to} when the sources give a span). Whoever builds the timeline (pages now, the store
 * later) renders it here.
 */
final class TimelineRenderer {

    private static final String UNDATED = "undated";

    private final ObjectMapper mapper = new ObjectMapper();

    void print(List<TimelineEvent> events, PrintWriter out, boolean json) throws java.io.IOException {
        for (TimelineEvent e : events) {
            if (json) {
                out.println(mapper.writeValueAsString(toJson(e)));
            } else {
                text(e, out);
            }
        }
        out.flush();
    }

    ObjectNode toJson(TimelineEvent e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("date", e.date());
        if (e.dateTo() != null) {
            o.put("date_to", e.dateTo());
        }
        o.put("type", e.type().jsonName());
        o.put("status", e.status().jsonName());
        ArrayNode participants = o.putArray("participants");
        e.participants().forEach(participants::add);
        o.put("place", e.place());
        o.put("summary", e.summary());
        ArrayNode sources = o.putArray("sources");
        for (EventSource s : e.sources()) {
            sources.addObject().put("article", s.article()).put("source", s.source()).put("outlet", s.outlet())
                    .put("sentence", s.sentence());
        }
        return o;
    }

    private static void text(TimelineEvent e, PrintWriter out) {
        String date = e.date() == null ? UNDATED : e.dateTo() == null ? e.date() : e.date() + " .. " + e.dateTo();
        out.printf("%s  %s (%s)%n", date, e.type().jsonName(), e.status().jsonName());
        out.printf("  who:    %s%n", e.participants().isEmpty() ? "-" : String.join(", ", e.participants()));
        out.printf("  where:  %s%n", e.place() == null ? "-" : e.place());
        out.printf("  what:   %s%n", e.summary());
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (EventSource s : e.sources()) {
            if (listed.add(s.article())) { // an article telling it in several sentences is one source
                out.printf("  source: %s [%s]%s%n", s.source(), s.article(), s.outlet() == null ? "" : "  " + s.outlet());
            }
        }
        out.println();
    }
}

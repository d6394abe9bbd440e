package org.marsad.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.marsad.event.EventSource;
import org.marsad.event.EventStatus;
import org.marsad.event.EventType;
import org.marsad.event.TimelineEvent;
import org.marsad.web.FixtureStore;

class TimelineChartTest {

    private static TimelineEvent event(String date, EventType type, EventStatus status) {
        return new TimelineEvent(date, null, type, status, List.of("vladimir-putin"), null, "جملة الحدث",
                List.of(new EventSource("a-visit", "p.txt", "منفذ", "جملة الحدث")));
    }

    private static String draw(List<TimelineEvent> events) {
        Html h = new Html();
        new TimelineChart(Labels.load(), new EntityNames(FixtureStore.empty()).know("vladimir-putin", "فلاديمير بوتين"))
                .write(h, events);
        return h.fragment();
    }

    @Test
    void earlierEventsAreFurtherRight() {
        String svg = draw(List.of(event("2023-01-10", EventType.MEETING, EventStatus.HAPPENED),
                event("2024-06-19", EventType.VISIT, EventStatus.HAPPENED)));
        Matcher cx = Pattern.compile("<circle cx=\"([0-9.]+)\"").matcher(svg);
        assertTrue(cx.find());
        double first = Double.parseDouble(cx.group(1));
        assertTrue(cx.find());
        double second = Double.parseDouble(cx.group(1));
        assertTrue(first > second, "2023 at x=" + first + " is right of 2024 at x=" + second);
        assertTrue(svg.contains("10 يناير 2023 · لقاء: فلاديمير بوتين"));
        assertTrue(svg.contains("<a href=\"/articles/a-visit\" class=\"event-mark status-happened\">"));
    }

    @Test
    void coarseDatesAreBarsAndUndatedEventsAreNotDrawn() {
        String svg = draw(List.of(event("2024-06", EventType.VISIT, EventStatus.PLANNED),
                event(null, EventType.STATEMENT, EventStatus.REPORTED)));
        assertEquals(1, svg.split("<rect", -1).length - 1);
        assertFalse(svg.contains("<circle"));
        assertTrue(svg.contains("status-planned"));
        assertFalse(svg.contains("تصريح"), "the undated statement is listed under the chart, not drawn");
    }

    @Test
    void nothingToDrawWritesNothing() {
        assertEquals("", draw(List.of(event("XXXX-06", EventType.VISIT, EventStatus.HAPPENED))));
    }
}

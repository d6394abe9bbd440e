package org.marsad.web.html;

import java.util.Comparator;

import org.marsad.event.TimelineEvent;

/** Events by their period's first day, undated ones last, as the store orders one timeline. */
final class TimelineOrder {

    static final Comparator<TimelineEvent> BY_DATE = Comparator.comparing(
            (TimelineEvent e) -> {
                TimexPeriod p = TimexPeriod.parse(e.date());
                return p == null ? null : p.first();
            }, Comparator.nullsLast(Comparator.naturalOrder()));

    private TimelineOrder() {
    }
}

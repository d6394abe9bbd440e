package org.marsad.web.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.marsad.event.TimelineEvent;

/**
 * Draws events on a time axis as inline SVG, readable without script and styled by the stylesheet.
 * <ul>
 *   <li>time runs from right to left, as Arabic is read: the earliest event is on the right;</li>
 *   <li>one row per event: a dot for a day, a bar over the month or year for a coarser date, its
 *       class telling the status (happened, planned, reported);</li>
 *   <li>each row has an Arabic label (date, kind, who) linking to the first source article;</li>
 *   <li>events without a date that names a period are left out here: the list under the chart
 *       shows them.</li>
 * </ul>
 */
final class TimelineChart {

    static final int MAX_ROWS = 40;

    private static final int WIDTH = 960;
    private static final int MARGIN = 24;
    private static final int AXIS_Y = 36;
    private static final int ROW_HEIGHT = 30;
    private static final int TICKS = 5;
    private static final int DOT_RADIUS = 6;
    private static final int MIN_BAR = 8;
    private static final int LABEL_GAP = 12;
    private static final int MAX_LABEL_CHARS = 48;
    private static final long MIN_SPAN_DAYS = 30;
    private static final long MONTH_TICKS_AFTER_DAYS = 120;

    private final Labels labels;
    private final EntityNames names;

    TimelineChart(Labels labels, EntityNames names) {
        this.labels = labels;
        this.names = names;
    }

    /** An event with the period its date names. */
    private record Placed(TimelineEvent event, TimexPeriod period) {
    }

    /** Whether any of {@code events} can be drawn. */
    static boolean drawable(List<TimelineEvent> events) {
        return events.stream().anyMatch(e -> TimexPeriod.parse(e.date()) != null);
    }

    void write(Html h, List<TimelineEvent> events) {
        List<Placed> placed = new ArrayList<>();
        for (TimelineEvent e : events) {
            TimexPeriod p = TimexPeriod.parse(e.date());
            if (p != null && placed.size() < MAX_ROWS) {
                placed.add(new Placed(e, p));
            }
        }
        if (placed.isEmpty()) {
            return;
        }
        LocalDate min = placed.stream().map(p -> p.period().first()).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = placed.stream().map(p -> p.period().last()).max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(min, max);
        if (span < MIN_SPAN_DAYS) { // a single day in the middle of a month-wide axis, not on its edge
            long pad = (MIN_SPAN_DAYS - span) / 2 + 1;
            min = min.minusDays(pad);
            max = max.plusDays(pad);
        }
        Axis axis = new Axis(min, max);
        int height = AXIS_Y + ROW_HEIGHT * placed.size() + ROW_HEIGHT / 2;
        h.open("figure", "class", "timeline-chart");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "role", "img", "aria-labelledby", "timeline-chart-title", "direction", "rtl");
        h.element("title", "مخطط زمني لـ " + placed.size() + " حدث", "id", "timeline-chart-title");
        ticks(h, axis, height);
        for (int i = 0; i < placed.size(); i++) {
            row(h, axis, placed.get(i), AXIS_Y + ROW_HEIGHT * i + ROW_HEIGHT / 2 + 6);
        }
        h.close();
        h.open("figcaption");
        h.text("الأقدم على اليمين والأحدث على اليسار. ");
        legend(h);
        h.close();
        h.close();
    }

    private void ticks(Html h, Axis axis, int height) {
        h.svgEmpty("line", "class", "axis", "x1", num(MARGIN), "y1", num(AXIS_Y), "x2", num(WIDTH - MARGIN), "y2", num(AXIS_Y));
        boolean byMonth = axis.days() > MONTH_TICKS_AFTER_DAYS;
        for (int t = 0; t <= TICKS; t++) {
            LocalDate day = axis.min.plusDays(Math.round(axis.days() * (double) t / TICKS));
            double x = axis.x(day);
            h.svgEmpty("line", "class", "tick", "x1", num(x), "y1", num(AXIS_Y - 4), "x2", num(x), "y2", num(height));
            String label = byMonth ? labels.month(day.getMonthValue()) + " " + day.getYear() : labels.day(day);
            String anchor = t == 0 ? "start" : t == TICKS ? "end" : "middle";
            h.element("text", label, "class", "tick-label", "x", num(x), "y", num(AXIS_Y - 12), "text-anchor", anchor);
        }
    }

    private void row(Html h, Axis axis, Placed p, int y) {
        TimelineEvent e = p.event();
        String status = "status-" + e.status().jsonName();
        String href = e.sources().isEmpty() ? null : Links.article(e.sources().get(0).article());
        h.open("a", "href", href, "class", "event-mark " + status);
        h.element("title", e.summary() == null ? label(e) : e.summary());
        double right = axis.x(p.period().first());
        double left = axis.x(p.period().last());
        if (p.period().granularity() == TimexPeriod.Granularity.DAY) {
            h.svgEmpty("circle", "cx", num(right), "cy", num(y - 5), "r", num(DOT_RADIUS));
        } else {
            double w = Math.max(MIN_BAR, right - left);
            h.svgEmpty("rect", "x", num(right - w), "y", num(y - 10), "width", num(w), "height", num(10), "rx", num(3));
        }
        // The label goes on the side with room: left of a mark in the right half, right of it otherwise.
        boolean labelLeft = right > WIDTH / 2.0;
        double x = labelLeft ? Math.min(left, right - DOT_RADIUS) - LABEL_GAP : right + LABEL_GAP;
        h.element("text", shorten(labels.timexDate(e.date()) + " · " + label(e)), "class", "event-label",
                "x", num(x), "y", num(y), "text-anchor", labelLeft ? "start" : "end");
        h.close();
    }

    /** The kind of event and who takes part: {@code زيارة: فلاديمير بوتين، كيم جونغ أون}. */
    String label(TimelineEvent e) {
        StringBuilder s = new StringBuilder(labels.of("event-type", e.type().jsonName()));
        List<String> who = new ArrayList<>();
        for (String id : e.participants()) {
            who.add(names.of(id));
        }
        if (!who.isEmpty()) {
            s.append(": ").append(String.join("، ", who));
        }
        if (e.place() != null) {
            s.append(" (").append(names.of(e.place())).append(')');
        }
        return s.toString();
    }

    private void legend(Html h) {
        for (String status : new String[] {"happened", "planned", "reported"}) {
            h.element("span", labels.of("event-status", status), "class", "legend status-" + status);
        }
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Days to x: the earliest day at the right margin, the latest at the left. */
    private record Axis(LocalDate min, LocalDate max) {

        long days() {
            return Math.max(1, ChronoUnit.DAYS.between(min, max));
        }

        double x(LocalDate day) {
            double fraction = ChronoUnit.DAYS.between(min, day) / (double) days();
            return WIDTH - MARGIN - fraction * (WIDTH - 2 * MARGIN);
        }
    }
}

package org.marsad.store;

import java.time.LocalDate;

import org.marsad.story.Story;

/** What an article's listing needs of its story: the id, and the dates an undated article takes. */
record StoryBrief(String id, LocalDate first, LocalDate last) {

    static StoryBrief of(Story s) {
        return new StoryBrief(s.id(), s.first(), s.last());
    }

    /** The stored form: {@code id first last}, {@code -} for a missing date. */
    String stored() {
        return id + " " + (first == null ? "-" : first) + " " + (last == null ? "-" : last);
    }

    static StoryBrief parse(String stored) {
        String[] parts = stored.split(" ");
        return new StoryBrief(parts[0], date(parts[1]), date(parts[2]));
    }

    private static LocalDate date(String s) {
        return "-".equals(s) ? null : LocalDate.parse(s);
    }
}

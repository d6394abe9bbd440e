package org.marsad.time;

import java.util.EnumMap;
import java.util.Map;

/** One phrase of {@code time-words.tsv} with every kind it has and the value under each. */
final class TimeWord {

    private final Map<TimeWordKind, String> values = new EnumMap<>(TimeWordKind.class);

    void add(TimeWordKind kind, String value) {
        values.put(kind, value);
    }

    boolean is(TimeWordKind kind) {
        return values.containsKey(kind);
    }

    /** The value under {@code kind}, or null when the phrase has not that kind. */
    String value(TimeWordKind kind) {
        return values.get(kind);
    }

    /** The value under {@code kind} as a number. */
    int number(TimeWordKind kind) {
        return Integer.parseInt(values.get(kind));
    }
}

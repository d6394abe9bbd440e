package org.marsad.event;

/** What a cue word does to the event words near it; the rows of {@code cues.tsv}. */
enum CueKind {
    PLANNED_BEFORE, PLANNED_AFTER, LIGHT_FUTURE, LIGHT_PAST, MAYBE, NEGATION,
    CLAUSE, WHEN, COMPLEMENT, PLACE_PREPOSITION, PAST_DATE, FUTURE_DATE, SINCE;

    static CueKind parse(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}

package org.marsad.meta;

import java.util.Locale;

/** The calendars whose dates appear in Arabic news metadata. */
public enum CalendarSystem {
    GREGORIAN,
    HIJRI;

    /** The name of this calendar in the lexicon files: {@code gregorian} or {@code hijri}. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The calendar named {@code name} in a lexicon file, or null. */
    static CalendarSystem named(String name) {
        for (CalendarSystem calendar : values()) {
            if (calendar.fileName().equals(name)) {
                return calendar;
            }
        }
        return null;
    }
}

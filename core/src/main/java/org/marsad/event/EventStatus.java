package org.marsad.event;

import java.util.Locale;

/**
 * Whether an event is still to come ({@code سيزور}, {@code من المقرر}), has taken place ({@code زار},
 * {@code التقى}, {@code وقع}), or is only told by someone ({@code أفادت}, {@code نقلت}).
 */
public enum EventStatus {
    PLANNED, HAPPENED, REPORTED;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

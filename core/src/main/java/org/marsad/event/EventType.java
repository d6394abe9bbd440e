package org.marsad.event;

import java.util.Locale;

/** What kind of thing happened, as the contract names it. */
public enum EventType {
    VISIT, MEETING, AGREEMENT, STATEMENT, DEPLOYMENT, ANNOUNCEMENT, OTHER;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.marsad.event;

import java.util.Set;

/**
 * One row of {@code triggers.tsv}: the keys of a phrase that tells an event, the event's type, the
 * form of the word and the words one of which must follow it in the sentence (empty for none).
 */
record Trigger(String[] keys, EventType type, VerbForm form, Set<String> objects) {

    int length() {
        return keys.length;
    }
}

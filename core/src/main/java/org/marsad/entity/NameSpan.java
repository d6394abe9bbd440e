package org.marsad.entity;

import java.util.Objects;

/** A name found in a text, not yet tied to an entity: chars {@code [start, end)} in UTF-16 units, and its type. */
public record NameSpan(int start, int end, EntityType type) {

    public NameSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or negative");
        }
    }
}

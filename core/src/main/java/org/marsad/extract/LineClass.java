package org.marsad.extract;

import java.util.List;

import org.marsad.meta.MetaSegment;

/**
 * The intrinsic class of a line.
 *
 * @param kind        what the line is on its own
 * @param reason      why, for {@code --explain}
 * @param meta        the labelled values of a META line, empty otherwise
 * @param announces   for a SEPARATOR, what it announces; null otherwise
 */
record LineClass(LineKind kind, String reason, List<MetaSegment> meta, PageLexicon.Announces announces) {

    static LineClass of(LineKind kind, String reason) {
        return new LineClass(kind, reason, List.of(), null);
    }

    static LineClass meta(String reason, List<MetaSegment> segments) {
        return new LineClass(LineKind.META, reason, segments, null);
    }
}

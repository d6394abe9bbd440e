package org.marsad.extract;

import java.util.List;

import org.marsad.meta.MetaSegment;

/**
 * The intrinsic class of a line.
 *
 * @param kind        what the line is on its own
 * @param reason      why, for {@code --explain}
 * @param meta        the labelled values of a META line, empty otherwise
 * @param relatedOnly for a SEPARATOR, whether it announces related headlines only
 */
record LineClass(LineKind kind, String reason, List<MetaSegment> meta, boolean relatedOnly) {

    static LineClass of(LineKind kind, String reason) {
        return new LineClass(kind, reason, List.of(), false);
    }
}

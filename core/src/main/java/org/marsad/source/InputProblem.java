package org.marsad.source;

import java.util.Objects;

/**
 * An input that could not be read as a page, and why. Reported instead of thrown so that one bad
 * input never costs the others.
 *
 * @param source the input path as given or walked, or {@code "-"} for stdin
 * @param reason what is wrong with it, e.g. {@code "empty file"} or {@code "invalid UTF-8 at byte 12"}
 */
public record InputProblem(String source, String reason) {

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}

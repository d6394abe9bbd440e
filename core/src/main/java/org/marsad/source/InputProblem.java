package org.marsad.source;

import java.util.Objects;

/**
 * An input that could not be read as a page, or was read only after a repair, and why. Reported
 * instead of thrown so that one bad input never costs the others.
 *
 * @param source  the input path as given or walked, or {@code "-"} for stdin
 * @param reason  what is wrong with it, e.g. {@code "empty file"} or {@code "invalid UTF-8 at byte 12"}
 * @param skipped true when the input (or the record of it) was left out; false for a warning about
 *                an input that was read anyway (a few bad bytes replaced, NUL bytes dropped)
 */
public record InputProblem(String source, String reason, boolean skipped) {

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /** An input that was left out. */
    public InputProblem(String source, String reason) {
        this(source, reason, true);
    }

    /** A warning about an input that was read anyway. */
    public static InputProblem warning(String source, String reason) {
        return new InputProblem(source, reason, false);
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}

package org.marsad.source;

import java.util.Objects;

/**
 * An input that cannot be turned into a page. Checked, because a bad page is an expected event in a
 * crawl, not a bug: callers decide whether to skip it or stop.
 */
public final class BadInputException extends Exception {

    private final String source;
    private final String reason;

    public BadInputException(String source, String reason) {
        this(source, reason, null);
    }

    public BadInputException(String source, String reason, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.source = source;
        this.reason = reason;
    }

    /** The input path as given or walked, or {@code "-"} for stdin. */
    public String source() {
        return source;
    }

    /** What is wrong with the input, without the source. */
    public String reason() {
        return reason;
    }

    /** The same failure as a problem to report. */
    public InputProblem toProblem() {
        return new InputProblem(source, reason);
    }
}

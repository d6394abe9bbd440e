package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs a {@link CharFilter} on a string the way callers do, and checks the contract on the way. */
final class FilterRunner {

    /** Written after the text, where a filter must not write. */
    private static final String GUARD = "\uFFFF\uFFFF";

    /**
     * Filters {@code text} inside a larger buffer and returns the result, after checking that the
     * returned length is within {@code [0, text.length()]} and that the chars after the text are
     * untouched.
     */
    static String run(CharFilter filter, String text) {
        char[] buffer = (text + GUARD).toCharArray();
        int length = filter.filter(buffer, text.length());
        assertTrue(length >= 0 && length <= text.length(), "length " + length + " out of range");
        assertEquals(GUARD, new String(buffer, text.length(), GUARD.length()), "wrote past length");
        return new String(buffer, 0, length);
    }

    private FilterRunner() {
    }
}

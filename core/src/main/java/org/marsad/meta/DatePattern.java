package org.marsad.meta;

/** One way of writing a calendar date (numeric, with a month name, ...). */
interface DatePattern {

    /** The date written from token {@code first} on, which must be a number, or null when this pattern does not fit there. */
    DateCandidate matchAt(DateTokens tokens, int first);
}

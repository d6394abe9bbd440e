package org.marsad.normalize;

/**
 * One in-place rewrite of a run of UTF-16 code units.
 *
 * <p>A filter reads {@code buffer[0..length)}, writes its result to the front of the same buffer
 * and returns the new length, which is never greater than {@code length}. It leaves
 * {@code buffer[length..]} alone and allocates nothing, so that a chain of filters costs one pass
 * per filter and no garbage. Every filter in this package maps one {@code char} to at most one
 * {@code char}; none of them has to care about surrogate pairs, because the code points they
 * rewrite are all in the Basic Multilingual Plane and surrogates pass through untouched.
 */
interface CharFilter {

    /**
     * Rewrites {@code buffer[0..length)} in place.
     *
     * @return the new length, {@code 0 <= result <= length}
     */
    int filter(char[] buffer, int length);
}

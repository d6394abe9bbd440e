package org.marsad.time;

import java.util.Objects;

/**
 * A temporal expression found in a text, with its TIMEX3-like value.
 *
 * @param text  the expression as written, {@code text.substring(start, end)}
 * @param start offset of its first char, in UTF-16 code units
 * @param end   offset after its last char
 * @param type  DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value at the expression's granularity: {@code 2024-06-18}, {@code 2024-06},
 *              {@code 2023}, {@code 2024-W25}, {@code 2024-06-08TMO}, {@code P24Y}, {@code PT3.5H},
 *              {@code PAST_REF}; {@code XXXX} stands for a year that cannot be resolved
 */
public record TimeExpression(String text, int start, int end, String type, String value) {

    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String DURATION = "DURATION";
    public static final String SET = "SET";

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}

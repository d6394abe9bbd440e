package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputProblemTest {

    @Test
    void printsAsSourceColonReason() {
        assertEquals("pages/a.txt: empty file", new InputProblem("pages/a.txt", "empty file").toString());
    }

    @Test
    void badInputExceptionBecomesTheSameProblem() {
        BadInputException e = new BadInputException("-", "too large: more than 5 bytes (limit 5)");
        assertEquals("-: too large: more than 5 bytes (limit 5)", e.getMessage());
        assertEquals(new InputProblem("-", "too large: more than 5 bytes (limit 5)"), e.toProblem());
    }
}

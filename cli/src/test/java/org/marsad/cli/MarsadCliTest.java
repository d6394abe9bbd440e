package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class MarsadCliTest {

    @Test
    void anInputErrorIsReportedByItsOwnMessage() {
        assertEquals("page.html: not HTML", MarsadCli.describe(new IOException("page.html: not HTML")));
    }

    @Test
    void anExceptionWithoutAMessageIsNamedWithWhereItArose() {
        Exception fault;
        try {
            Object nothing = null;
            nothing.hashCode();
            throw new AssertionError("unreachable");
        } catch (NullPointerException e) {
            fault = new NullPointerException();
            fault.setStackTrace(e.getStackTrace());
        }
        String said = MarsadCli.describe(fault);
        assertTrue(said.startsWith("internal error, java.lang.NullPointerException at org.marsad.cli.MarsadCliTest."), said);
        assertTrue(said.contains("not of the input"), said);
    }
}

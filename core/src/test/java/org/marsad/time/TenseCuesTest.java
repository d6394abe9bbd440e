package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TenseCuesTest {

    @Test
    void verbsInSeenAreFuture() {
        assertTrue(TenseCues.isFutureVerb("سيزور"));
        assertTrue(TenseCues.isFutureVerb("وستعقد"));
    }

    @Test
    void shortWordsInSeenAreNot() {
        assertFalse(TenseCues.isFutureVerb("سيول"));
        assertFalse(TenseCues.isFutureVerb("سبتمبر"));
        assertFalse(TenseCues.isFutureVerb("زار"));
    }
}

package org.marsad.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

    @Test
    void verbsInSeenAreFuture() {
        assertTrue(VerbForms.isFutureVerb("سيزور"));
        assertTrue(VerbForms.isFutureVerb("وستعقد"));
        assertTrue(VerbForms.isFutureVerb("فسيكون"));
    }

    @Test
    void shortWordsInSeenAreNot() {
        assertFalse(VerbForms.isFutureVerb("سيول"));
        assertFalse(VerbForms.isFutureVerb("سبتمبر"));
        assertFalse(VerbForms.isFutureVerb("زار"));
    }
}

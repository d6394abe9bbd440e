package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordEvidenceTest {

    @Test
    void reportsLexiconCuesAndTheRulesReading() {
        CliticTokens t = CliticTokens.of("قال الرئيس فلاديمير بوتين في موسكو");
        WordEvidence e = WordEvidence.of(t, new EntityRecognizer());
        int bPer = WordEvidence.beginBit(EntityType.PER);
        int iPer = WordEvidence.insideBit(EntityType.PER);
        assertTrue((e.lexiconBits(2) & bPer) != 0, "فلاديمير begins a listed person");
        assertTrue((e.lexiconBits(3) & iPer) != 0, "بوتين continues it");
        assertTrue((e.lexiconBits(5) & WordEvidence.beginBit(EntityType.LOC)) != 0);
        assertEquals("B-title", e.cue(1));
        assertEquals("B-PER", e.ruleTag(2));
        assertEquals("I-PER/LEXICON", e.ruleLabel(3));
        assertTrue(e.stopword(4));
        assertNull(e.ruleTag(0));
    }
}

package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityType;

class BioTagsTest {

    @Test
    void insideFollowsOnlyItsOwnType() {
        int bPer = BioTags.begin(EntityType.PER);
        int iPer = BioTags.inside(EntityType.PER);
        int iLoc = BioTags.inside(EntityType.LOC);
        assertTrue(BioTags.allowed(bPer, iPer));
        assertTrue(BioTags.allowed(iPer, iPer));
        assertFalse(BioTags.allowed(bPer, iLoc));
        assertFalse(BioTags.allowed(BioTags.O, iPer));
        assertFalse(BioTags.allowed(BioTags.START, iPer));
        assertTrue(BioTags.allowed(iLoc, bPer));
        assertEquals("I-LOC", BioTags.name(iLoc));
        assertEquals(EntityType.LOC, BioTags.type(iLoc));
    }
}

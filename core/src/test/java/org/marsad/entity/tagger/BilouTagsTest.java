package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityType;

class BilouTagsTest {

    @Test
    void onlyWellFormedSequencesAreAllowed() {
        int bPer = BilouTags.begin(EntityType.PER);
        int iPer = BilouTags.inside(EntityType.PER);
        int lPer = BilouTags.last(EntityType.PER);
        int uLoc = BilouTags.unit(EntityType.LOC);
        int lLoc = BilouTags.last(EntityType.LOC);
        assertTrue(BilouTags.allowed(bPer, iPer));
        assertTrue(BilouTags.allowed(iPer, lPer));
        assertTrue(BilouTags.allowed(bPer, lPer));
        assertFalse(BilouTags.allowed(bPer, lLoc), "a name ends with its own type");
        assertFalse(BilouTags.allowed(bPer, BilouTags.O), "an open name is closed by L");
        assertFalse(BilouTags.allowed(BilouTags.O, iPer));
        assertFalse(BilouTags.allowed(BilouTags.START, lPer));
        assertTrue(BilouTags.allowed(lPer, uLoc));
        assertTrue(BilouTags.allowed(uLoc, bPer));
        assertFalse(BilouTags.closes(bPer));
        assertTrue(BilouTags.closes(uLoc));
        assertEquals("L-LOC", BilouTags.name(lLoc));
        assertEquals(EntityType.LOC, BilouTags.type(lLoc));
    }

    @Test
    void namePositionsMapToTags() {
        assertEquals(BilouTags.unit(EntityType.ORG), BilouTags.of(EntityType.ORG, 0, 1));
        assertEquals(BilouTags.begin(EntityType.ORG), BilouTags.of(EntityType.ORG, 0, 3));
        assertEquals(BilouTags.inside(EntityType.ORG), BilouTags.of(EntityType.ORG, 1, 3));
        assertEquals(BilouTags.last(EntityType.ORG), BilouTags.of(EntityType.ORG, 2, 3));
    }
}

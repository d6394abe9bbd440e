package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StoryParametersTest {

    private static final StoryParameters STANDARD = StoryParameters.standard();

    @Test
    void eachCopierGivingBackTheSameValueGivesBackEqualParameters() {
        // a copier that dropped or swapped a field would break the record's equality here
        assertEquals(STANDARD, STANDARD.withTitleCoverage(STANDARD.titleCoverage()));
        assertEquals(STANDARD, STANDARD.withJoin(STANDARD.join()));
        assertEquals(STANDARD, STANDARD.withJoinWithEvent(STANDARD.joinWithEvent()));
        assertEquals(STANDARD, STANDARD.withEventWords(STANDARD.eventWords()));
        assertEquals(STANDARD, STANDARD.withHeadlinePlaces(STANDARD.headlinePlaces()));
        assertEquals(STANDARD, STANDARD.withRareWord(STANDARD.rareWord()));
        assertEquals(STANDARD, STANDARD.withJoinWithName(STANDARD.joinWithName()));
        assertEquals(STANDARD, STANDARD.withAsideWeight(STANDARD.asideWeight()));
    }

    @Test
    void aCopierChangesItsOwnFieldOnly() {
        StoryParameters changed = STANDARD.withRareWord(7);
        assertEquals(7, changed.rareWord());
        assertNotEquals(STANDARD, changed);
        assertEquals(STANDARD, changed.withRareWord(STANDARD.rareWord()));
        assertEquals(0, STANDARD.withoutRareWords().rareWord());
    }

    @Test
    void aJoinAboveTheMergeBarRaisesTheMergeBarWithIt() {
        assertEquals(0.6, STANDARD.withJoin(0.6).merge());
        assertEquals(STANDARD.merge(), STANDARD.withJoin(0.10).merge());
    }
}

package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void spellingsOfOneNameMatch() {
        assertTrue(SpellingVariants.sameName("بوتين", "بوتن"));
        assertTrue(SpellingVariants.sameName("كيم جونغ أون", "كيم جونج أون"));
        assertTrue(SpellingVariants.sameName("كيم جونغ أون", "كيم جونج-أون"));
        assertTrue(SpellingVariants.sameName("أحمد", "احمد"));
        assertTrue(SpellingVariants.sameName("شويغو", "شويجو"));
    }

    @Test
    void differentNamesDoNot() {
        assertFalse(SpellingVariants.sameName("كيم جونغ أون", "كيم جونغ إيل"));
        assertFalse(SpellingVariants.sameName("كيم جونغ أون", "كيم إيل سونغ"));
        assertFalse(SpellingVariants.sameName("بوتين", "فلاديمير بوتين"), "a different number of words");
        assertFalse(SpellingVariants.sameName("كيم", "كين"), "short one-word names never join a family");
    }

    @Test
    void aOneWordNameAddsOrDropsVowelsButNeverMovesThem() {
        assertTrue(SpellingVariants.sameName("ميدفيديف", "مدفيديف"), "a dropped vowel");
        assertTrue(SpellingVariants.sameName("زيلينسكي", "زيلنسكي"), "a dropped vowel");
        assertTrue(SpellingVariants.sameName("غوتيريش", "جوتيريش"), "g written two ways, vowels kept");
        assertFalse(SpellingVariants.sameName("ماكين", "مكان"), "a native word with the vowel elsewhere");
        assertFalse(SpellingVariants.sameName("فاراج", "فريق"), "a native word with the vowel elsewhere");
        assertFalse(SpellingVariants.sameName("بوريك", "بارك"), "one vowel replaced by another");
    }

    @Test
    void theFamilyKeyIsSharedByEveryMatch() {
        assertEquals(SpellingVariants.familyKey("كيم جونغ أون"), SpellingVariants.familyKey("كيم جونج أون"));
        assertEquals(SpellingVariants.familyKey("بوتين"), SpellingVariants.familyKey("بوتن"));
    }
}

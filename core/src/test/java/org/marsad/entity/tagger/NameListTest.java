package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameListTest {

    @Test
    void wordsOfNamesAreFoundByTheirMatchingKey() {
        NameList names = NameList.of(List.of("فلاديمير بوتين", "أحمد", "و"));
        assertTrue(names.contains("بوتين"));
        assertTrue(names.contains("فلاديمير"));
        assertTrue(names.contains("احمد"), "hamza on alef is folded as in every matching key");
        assertFalse(names.contains("و"), "one-letter words are left out");
        assertFalse(names.contains("موسكو"));
        assertEquals(3, names.size());
        assertEquals(3, NameList.fromHashes(names.hashes()).size());
    }
}

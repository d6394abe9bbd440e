package org.marsad.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchTermsTest {

    @Test
    void theArticleAndItsProcliticsAreCut() {
        assertArrayEquals(new String[] {"وزير", "وزير", "وزير", "وزير"}, MatchTerms.of("الوزير والوزير للوزير بالوزير"));
    }

    @Test
    void aBareProcliticIsKept() {
        assertEquals("وزير", MatchTerms.stem("وزير"));
        assertEquals("وبوتين", MatchTerms.stem("وبوتين"));
    }

    @Test
    void aWordThatOnlyStartsLikeTheArticleKeepsItsLetters() {
        assertEquals("الي", MatchTerms.stem("الي"));
    }

    @Test
    void termsAreMatchingKeysWithoutPunctuationOrSingleLetters() {
        assertArrayEquals(new String[] {"مدرسه", "اعلنت", "2015"}, MatchTerms.of("«المدرسةُ» أعلنت، و 2015!"));
    }
}

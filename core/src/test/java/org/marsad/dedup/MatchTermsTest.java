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

    @Test
    void aCompoundNameIsOneTermWhetherWrittenJoinedOrApart() {
        assertArrayEquals(MatchTerms.of("الملك عبدالعزيز ووالده عبدالرحمن"), MatchTerms.of("الملك عبد العزيز ووالده عبد الرحمن"));
        assertArrayEquals(new String[] {"وعبدالله", "بن", "عبدالغني"}, MatchTerms.of("وعبد الله بن عبد الغني"));
        // without the article after it عبد is a word of its own (عبد ربه), and so is a lone ال
        assertArrayEquals(new String[] {"عبد", "ربه", "عبد", "ال"}, MatchTerms.of("عبد ربه عبد ال"));
    }
}

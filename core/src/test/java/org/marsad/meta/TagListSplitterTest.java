package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.normalize.ArabicNormalizer;

class TagListSplitterTest {

    private static final TagListSplitter SPLITTER = new TagListSplitter(ArabicNormalizer.standard()::key);

    @Test
    void explicitSeparatorsAreUsedAsGiven() {
        assertEquals(List.of("مصر", "الأمم المتحدة", "غزة"), SPLITTER.split("مصر، الأمم المتحدة، غزة", ""));
        assertEquals(List.of("النفط", "أوبك"), SPLITTER.split("النفط | أوبك", ""));
    }

    @Test
    void definiteWordFollowedByIndefiniteEndsAPhrase() {
        assertEquals(List.of("البنك المركزي", "لبنان"), SPLITTER.split("البنك المركزي لبنان", "قرر البنك المركزي رفع الفائدة"));
    }

    @Test
    void pairsThatOccurInTheArticleStayTogether() {
        String text = "قال الرئيس إيمانويل ماكرون إن فرنسا ستدعم الاتفاق";
        assertEquals(List.of("إيمانويل ماكرون", "فرنسا"), SPLITTER.split("إيمانويل ماكرون فرنسا", text));
    }

    @Test
    void pairsAbsentFromTheArticleAreSplit() {
        assertEquals(List.of("روسيا", "أوكرانيا"), SPLITTER.split("روسيا أوكرانيا", "الحرب بين روسيا وأوكرانيا"));
    }

    @Test
    void definiteRelativeAdjectiveQualifiesThePrecedingWord() {
        assertEquals(List.of("الحكومة العراقية", "بغداد"), SPLITTER.split("الحكومة العراقية بغداد", ""));
    }

    @Test
    void definiteNounAfterAnotherIsSplitWithoutEvidence() {
        assertEquals(List.of("فيتنام", "السفير"), SPLITTER.split("فيتنام السفير", "زار فيتنام، بحسب السفير"));
    }

    @Test
    void variantsThatNormalizeTheSameAreOneTag() {
        assertEquals(List.of("كوريا الشمالية"), SPLITTER.split("كوريا الشمالية کوریا الشمالیة", "كوريا الشمالية"));
    }

    @Test
    void mergeKeepsTheFirstSpelling() {
        assertEquals(List.of("إيران", "العراق"), SPLITTER.merge(List.of("إيران"), List.of("ايران", "العراق")));
    }

    @Test
    void aTagHasAtMostFourWords() {
        String text = "استقبل محمد بن عبد الله بن سلمان الوفد";
        assertEquals(List.of("محمد بن عبد الله", "بن سلمان"), SPLITTER.split("محمد بن عبد الله بن سلمان", text));
    }

    @Test
    void hashtagsAreTagsWithSpaces() {
        assertEquals(List.of("الأجور", "مجلس الوزراء"), SPLITTER.split("#الأجور #مجلس_الوزراء", ""));
    }
}

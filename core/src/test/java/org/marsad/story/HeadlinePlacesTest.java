package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.dedup.MatchTerms;

class HeadlinePlacesTest {

    private static List<HeadlinePlaces.Place> places(String headline, Vocabulary vocabulary) {
        return HeadlinePlaces.resolve(HeadlinePlaces.of(headline), vocabulary);
    }

    private static List<String> ids(String headline) {
        return HeadlinePlaces.of(headline).stream().map(HeadlinePlaces.Place::id).toList();
    }

    @Test
    void findsTheListedPlacesOfAHeadlineOnceEach() {
        assertEquals(List.of("tabuk"), ids("جمل سائب يصرع شاباً بتبوك"));
        assertEquals(List.of("jazan"), ids("جمل سائب يتسبب في وفاة شاب بجازان وإصابة آخر في جازان"));
        assertEquals(List.of(), ids("جمل سائب يتسبب في وفاة شاب"));
        assertEquals(List.of(), ids(null));
    }

    /**
     * Whether two sides conflict, each given by its headline and the rest of its text (the side's
     * terms are those of both, as in the clusterer, where a vector holds the title's terms too).
     */
    private static boolean conflict(String headlineA, String restA, String headlineB, String restB) {
        Vocabulary vocabulary = new Vocabulary();
        int[] a = terms(vocabulary, headlineA + " " + restA);
        int[] b = terms(vocabulary, headlineB + " " + restB);
        return HeadlinePlaces.conflict(places(headlineA, vocabulary), a, places(headlineB, vocabulary), b);
    }

    private static int[] terms(Vocabulary vocabulary, String text) {
        return Arrays.stream(MatchTerms.of(text)).mapToInt(vocabulary::id).filter(id -> id >= 0).distinct().sorted().toArray();
    }

    @Test
    void twoHeadlinePlacesThatNeitherTextMentionsConflict() {
        String tabuk = "جمل سائب يصرع شاباً بتبوك";
        String jazan = "جمل سائب يتسبب في وفاة شاب بجازان";
        assertTrue(conflict(tabuk, "على طريق شرما", jazan, "على طريق صبيا"));
        // a side without a place in its headline conflicts with nothing
        assertFalse(conflict(tabuk, "على طريق شرما", "جمل سائب", "على طريق صبيا"));
    }

    @Test
    void aPlaceTheOtherTextMentionsKeepsTheTwoTogether() {
        assertFalse(conflict("أزمة النفايات تتصاعد في بيروت", "عاصمة لبنان", "أزمة النفايات تهدد الحكومة في لبنان", "والعاصمة تغرق"));
    }

    @Test
    void theRelativeAdjectiveOfAPlaceIsAMention() {
        // Bali is not in the lexicon; one text names Indonesia, the other says الإندونيسي
        String closed = "إغلاق مطار بالي بإندونيسيا بسبب بركان";
        String cancelled = "إلغاء رحلات بين بالي وأستراليا بسبب بركان";
        assertFalse(conflict(closed, "", cancelled, "في الإقليم الإندونيسي"));
        assertTrue(conflict(closed, "", cancelled, "في الإقليم"));
    }
}

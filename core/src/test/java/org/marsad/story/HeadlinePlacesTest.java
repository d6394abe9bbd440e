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

    /** A vocabulary holding the words of {@code texts}, and each text's ascending term ids. */
    private static int[][] terms(Vocabulary vocabulary, String... texts) {
        int[][] out = new int[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = Arrays.stream(MatchTerms.of(texts[i])).mapToInt(vocabulary::id).filter(id -> id >= 0).distinct().sorted().toArray();
        }
        return out;
    }

    @Test
    void twoHeadlinePlacesThatNeitherTextMentionsConflict() {
        String tabuk = "جمل سائب يصرع شاباً بتبوك";
        String jazan = "جمل سائب يتسبب في وفاة شاب بجازان";
        Vocabulary vocabulary = new Vocabulary();
        int[][] t = terms(vocabulary, tabuk + " على طريق شرما", jazan + " على طريق صبيا");
        assertTrue(HeadlinePlaces.conflict(places(tabuk, vocabulary), t[0], places(jazan, vocabulary), t[1]));
        // a side without a place in its headline conflicts with nothing
        assertFalse(HeadlinePlaces.conflict(places(tabuk, vocabulary), t[0], places("جمل سائب", vocabulary), t[1]));
    }

    @Test
    void aPlaceTheOtherTextMentionsKeepsTheTwoTogether() {
        String beirut = "أزمة النفايات تتصاعد في بيروت";
        String lebanon = "أزمة النفايات تهدد الحكومة في لبنان";
        Vocabulary vocabulary = new Vocabulary();
        int[][] t = terms(vocabulary, beirut + " عاصمة لبنان", lebanon + " والعاصمة تغرق");
        assertFalse(HeadlinePlaces.conflict(places(beirut, vocabulary), t[0], places(lebanon, vocabulary), t[1]));
    }

    @Test
    void theRelativeAdjectiveOfAPlaceIsAMention() {
        // Bali is not in the lexicon; one text names Indonesia, the other says الإندونيسي
        String closed = "إغلاق مطار بالي بإندونيسيا بسبب بركان";
        String cancelled = "إلغاء رحلات بين بالي وأستراليا بسبب بركان";
        Vocabulary vocabulary = new Vocabulary();
        int[][] t = terms(vocabulary, closed, cancelled + " في الإقليم الإندونيسي");
        assertFalse(HeadlinePlaces.conflict(places(closed, vocabulary), t[0], places(cancelled, vocabulary), t[1]));
        int[][] without = terms(vocabulary, closed, cancelled + " في الإقليم");
        assertTrue(HeadlinePlaces.conflict(places(closed, vocabulary), without[0], places(cancelled, vocabulary), without[1]));
    }
}

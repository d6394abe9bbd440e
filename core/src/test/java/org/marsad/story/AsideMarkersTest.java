package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.dedup.MatchTerms;
import org.marsad.lexicon.TsvResource;

class AsideMarkersTest {

    private static int[] starts(String text) {
        return AsideMarkers.standard().starts(MatchTerms.of(text));
    }

    @Test
    void everyPhraseStartsAnItem() {
        String text = "تعادل الفريق مع ضيفه الهولندي. ومن جهة أخرى فتحت الإدارة باب الترشح، ومن جهة ثانية وصل المدرب.";
        int first = MatchTerms.of("تعادل الفريق مع ضيفه الهولندي").length;
        int second = first + MatchTerms.of("ومن جهة أخرى فتحت الإدارة باب الترشح").length;
        assertArrayEquals(new int[] {first, second}, starts(text));
    }

    @Test
    void alefAndHamzaFormsAndOneWordBeforeTheLastAreAllowed() {
        assertArrayEquals(new int[] {2}, starts("فاز الفريق. من جهة اخرى وصل المدرب"));
        assertArrayEquals(new int[] {2}, starts("فاز الفريق. وفي شأن شبابي آخر أعلنت الإدارة"));
    }

    @Test
    void phrasesThatGoOnWithTheStoryAreNotAsides() {
        assertArrayEquals(new int[0], starts("أعلنت الوزارة القبض على خلية. وفي سياق متصل قالت الوزارة إن التحقيق مستمر."));
    }

    @Test
    void aPhraseCutByTheEndOfTheTextIsNoAside() {
        assertArrayEquals(new int[0], starts("فاز الفريق على ضيفه من جهة"));
        assertArrayEquals(new int[0], AsideMarkers.standard().starts(new String[0]));
    }

    @Test
    void aOneWordPhraseIsRefusedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AsideMarkers(TsvResource.parse("asides.tsv", List.of("# phrases", "كذلك"), 1)));
        assertTrue(e.getMessage().startsWith("asides.tsv line 2:"), e.getMessage());
    }
}

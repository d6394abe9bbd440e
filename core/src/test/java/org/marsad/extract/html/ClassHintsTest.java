package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {

    private final ClassHints hints = new ClassHints();

    private static Element div(String classes) {
        return Jsoup.parse("<div class='" + classes + "'></div>").selectFirst("div");
    }

    @Test
    void aNameOfTheTextEarnsTheBonus() {
        assertEquals(25, hints.of(div("entry-content")).weight());
    }

    @Test
    void aNameOfMetadataBesideTheTextEarnsNoBonus() {
        assertEquals(0, hints.of(div("articleMeta")).weight());
        assertEquals(0, hints.of(div("post-caption")).weight());
    }

    @Test
    void authorBoxesAndBiographiesAreChrome() {
        assertTrue(hints.of(div("author-box")).isChrome());
        assertTrue(hints.of(div("mini-bio")).isChrome());
        assertFalse(hints.of(div("post-author")).isChrome(), "a byline's box is metadata, not chrome");
    }
}

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

    @Test
    void twoNeighbouringWordsCountAsTheCompoundTheySpell() {
        assertTrue(hints.of(div("author-box--content")).isChrome(), "author + box = authorbox");
        assertTrue(hints.of(div("about_author")).isChrome(), "about + author = aboutauthor");
        assertTrue(hints.of(div("authorInfo")).isChrome(), "author + Info = authorinfo");
        assertFalse(hints.of(div("author-name")).isChrome(), "authorname is no compound of chrome");
    }

    @Test
    void legendsAreCaptionsAndDisclaimersAreChrome() {
        assertEquals(1, hints.of(div("image-legend")).caption());
        assertTrue(hints.of(div("editorial-disclaimer")).isChrome());
        assertTrue(hints.of(div("affiliate-disclosure")).isChrome());
    }

    @Test
    void aHookForScriptsSaysNothingAboutTheElement() {
        assertFalse(hints.of(div("presentation-text js_readmore")).isChrome());
        assertFalse(hints.of(div("intro js-section--has-ads")).isChrome());
        assertTrue(hints.of(div("readmore")).isChrome(), "the same word outside a hook still counts");
        assertTrue(hints.of(div("jsx-sidebar")).isChrome(), "only js- and js_ prefixes are hooks");
    }

    @Test
    void hintsStayRightWhenTheMemoOfNamesOverflows() {
        for (int i = 0; i <= ClassHints.CACHE_LIMIT; i++) {
            hints.of(div("block-" + i));
        }
        assertTrue(hints.of(div("sidebar")).isChrome());
        assertEquals(25, hints.of(div("entry-content")).weight());
        assertEquals(hints.of(div("entry-content")), hints.of(div("entry-content")));
    }
}

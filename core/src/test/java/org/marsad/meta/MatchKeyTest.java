package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchKeyTest {

    @Test
    void alefFormsBecomeBareAlef() {
        assertEquals("اااا", MatchKey.of("آأإٱ"));
    }

    @Test
    void alefMaqsuraBecomesYeh() {
        assertEquals("جمادي", MatchKey.of("جمادى"));
    }

    @Test
    void tehMarbutaBecomesHeh() {
        assertEquals("وكاله", MatchKey.of("وكالة"));
    }

    @Test
    void persianKafAndYehBecomeArabic() {
        assertEquals("كوريا", MatchKey.of("کوریا"));
    }

    @Test
    void tatweelAndHarakatAreRemoved() {
        assertEquals("وفقا", MatchKey.of("وفقـــًا"));
    }

    @Test
    void arabicIndicDigitsBecomeAscii() {
        assertEquals("2024", MatchKey.of("٢٠٢٤"));
    }

    @Test
    void persianDigitsBecomeAscii() {
        assertEquals("2024", MatchKey.of("۲۰۲۴"));
    }

    @Test
    void latinIsLowerCased() {
        assertEquals("afp", MatchKey.of("AFP"));
    }

    @Test
    void combiningHamzaIsComposedThenFolded() {
        assertEquals("ابريل", MatchKey.of("ا\u0654بريل"));
    }

    @Test
    void presentationFormsAreNormalized() {
        // LAM WITH ALEF ligature, isolated form.
        assertEquals("لا", MatchKey.of("\uFEFB"));
    }

    @Test
    void appendUsesOnlyTheRange() {
        StringBuilder key = new StringBuilder("x");
        MatchKey.append("في أيلول الماضي", 3, 8, key);
        assertEquals("xايلول", key.toString());
    }
}

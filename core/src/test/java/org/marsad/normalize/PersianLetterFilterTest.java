package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersianLetterFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new PersianLetterFilter(), text);
    }

    @Test
    void foldsKehehAndFarsiYeh() {
        assertEquals("كوريا", filter("کوریا"));
    }

    @Test
    void foldsGafToKaf() {
        assertEquals("كوكل", filter("گوگل"));
    }

    @Test
    void foldsVehToFeh() {
        assertEquals("فيينا", filter("ڤيينا"));
    }

    @Test
    void foldsPehToBeh() {
        assertEquals("باكستان", filter("پاکستان"));
    }

    @Test
    void foldsTchehToJeem() {
        assertEquals("جين", filter("چین"));
    }

    @Test
    void foldsHehDoachashmee() {
        assertEquals("هذا", filter("ھذا"));
    }

    @Test
    void foldsHehWithYehAbove() {
        assertEquals("خانه", filter("خانۀ"));
    }

    @Test
    void foldsHehGoalAndHehGoalWithHamza() {
        assertEquals("كه ه", filter("کہ ۂ"));
    }

    @Test
    void foldsKurdishAe() {
        assertEquals("به", filter("بە"));
    }

    @Test
    void foldsPashtoEAndYehWithTail() {
        assertEquals("دي نړي", filter("دې نړۍ"));
    }

    @Test
    void keepsArabicLetters() {
        assertEquals("كوريا الشمالية", filter("كوريا الشمالية"));
    }
}

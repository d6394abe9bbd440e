package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlefFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new AlefFilter(), text);
    }

    @Test
    void foldsAlefWithHamzaAbove() {
        assertEquals("احمد", filter("أحمد"));
    }

    @Test
    void foldsAlefWithHamzaBelow() {
        assertEquals("اسلام", filter("إسلام"));
    }

    @Test
    void foldsAlefWithMadda() {
        assertEquals("امال", filter("آمال"));
    }

    @Test
    void foldsAlefWasla() {
        assertEquals("الرحمن", filter("ٱلرحمن"));
    }

    @Test
    void foldsAlefsWithWavyHamza() {
        assertEquals("اا", filter("\u0672\u0673"));
    }

    @Test
    void keepsHamzaOnYeh() {
        assertEquals("اسرائيل", filter("إسرائيل"));
    }

    @Test
    void keepsHamzaOnWawAndStandaloneHamza() {
        assertEquals("مسؤول سماء", filter("مسؤول سماء"));
    }
}

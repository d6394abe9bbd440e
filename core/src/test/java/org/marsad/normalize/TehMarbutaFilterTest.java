package org.marsad.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TehMarbutaFilterTest {

    private static String filter(String text) {
        return FilterRunner.run(new TehMarbutaFilter(), text);
    }

    @Test
    void foldsTehMarbutaToHeh() {
        assertEquals("القاهره", filter("القاهرة"));
    }

    @Test
    void keepsHehAndTeh() {
        assertEquals("الله بيت", filter("الله بيت"));
    }
}

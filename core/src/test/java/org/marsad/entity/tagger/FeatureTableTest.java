package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void indicesFollowTheOrderOfAdditionThroughGrowth() {
        FeatureTable table = new FeatureTable(4);
        for (long h = 0; h < 1000; h++) {
            assertEquals((int) h, table.add(h * 0x9E3779B97F4A7C15L));
        }
        for (long h = 0; h < 1000; h++) {
            assertEquals((int) h, table.get(h * 0x9E3779B97F4A7C15L));
            assertEquals((int) h, table.add(h * 0x9E3779B97F4A7C15L), "adding again keeps the index");
        }
        assertEquals(1000, table.size());
        assertEquals(-1, table.get(12345));
    }
}

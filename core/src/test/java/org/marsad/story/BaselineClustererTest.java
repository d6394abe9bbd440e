package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BaselineClustererTest {

    @Test
    void linksArticlesAboveTheThresholdAndNoOthers() {
        Map<String, String> c = BaselineClusterer.cluster(StoryClustererTest.fixture(), 0.3);
        assertEquals(c.get("f1"), c.get("f2"));
        assertNotEquals(c.get("f1"), c.get("w1"));
        assertNotEquals(c.get("h1"), c.get("w1"));
    }
}

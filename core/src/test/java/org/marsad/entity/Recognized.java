package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** What the standard recognizer finds in a test's text, its offsets checked against the text. */
final class Recognized {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private Recognized() {
    }

    /** The mentions of {@code text}; each mention's text must be the text at its offsets. */
    static List<EntityMention> mentions(String text) {
        List<EntityMention> found = RECOGNIZER.recognize(text);
        for (EntityMention m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
        }
        return found;
    }

    /** The one mention of {@code text}; fails when there are none or several. */
    static EntityMention only(String text) {
        List<EntityMention> found = mentions(text);
        assertEquals(1, found.size(), () -> "mentions of " + text + ": " + found);
        return found.get(0);
    }
}

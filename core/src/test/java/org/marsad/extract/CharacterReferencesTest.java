package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    @Test
    void namedAndNumericReferencesAreDecoded() {
        assertEquals("\"موبايلي\" تختتم مزاد \"راقي\"", CharacterReferences.decode("&quot;موبايلي&quot; تختتم مزاد &quot;راقي&quot;"));
        assertEquals("يلقي “حفنة من الدولارات” على بلاتر", CharacterReferences.decode("يلقي &#8220;حفنة من الدولارات&#8221; على بلاتر"));
        assertEquals("'نعم' ا", CharacterReferences.decode("&#39;نعم&#39; &#x627;"));
        assertEquals("a & b < c", CharacterReferences.decode("a &amp; b &lt; c"));
    }

    @Test
    void whatIsNotACompleteReferenceStaysAsWritten() {
        String[] unchanged = {"AT&T و R&D", "&copy2015", "&notit;", "&foo;", "&#;", "&#x;", "&#0;", "&#xD800;",
            "&#99999999999;", "&#١٢;", "& ;", "ends with &", "&quot"};
        for (String s : unchanged) {
            assertSame(s, CharacterReferences.decode(s), s);
        }
        assertEquals("&quot;", CharacterReferences.decode("&amp;quot;"));
        assertEquals("R&D \"x\"", CharacterReferences.decode("R&D &quot;x&quot;"));
        assertNull(CharacterReferences.decode(null));
    }
}

package org.marsad.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"بوتين\"</p>",
                new Html().element("p", "<script>alert(1)</script> & \"بوتين\"").fragment());
    }

    @Test
    void attributeValuesCannotBreakOut() {
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;&gt;&lt;img src=x onerror=&#39;1&#39;&gt;\">ن</a>",
                new Html().element("a", "ن", "href", "/x?a=1&b=\"><img src=x onerror='1'>").fragment());
    }

    @Test
    void nullAttributesAreLeftOut() {
        assertEquals("<li>x</li>", new Html().element("li", "x", "class", null).fragment());
    }

    @Test
    void namesFromDataAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p onclick=alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "on click", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "class"));
    }

    @Test
    void unbalancedMarkupFails() {
        assertThrows(IllegalStateException.class, () -> new Html().open("div").fragment());
        assertThrows(IllegalStateException.class, () -> new Html().close());
    }

    @Test
    void svgElementsSelfClose() {
        assertEquals("<svg viewBox=\"0 0 1 1\"><circle r=\"2\"/></svg>",
                new Html().open("svg", "viewBox", "0 0 1 1").svgEmpty("circle", "r", "2").close().fragment());
    }
}

package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageFileNamesTest {

    @Test
    void textPagesAndTheirGzipFormsArePages() {
        for (String name : new String[] {"a.txt", "a.TXT", "a.text", "page", "a.txt.gz", "a.text.gz", "page.gz", "a.html", "a.HTM", "a.html.gz", "a.htm.gz"}) {
            assertTrue(PageFileNames.isPage(name), name);
        }
    }

    @Test
    void otherExtensionsAndHiddenFilesAreNotPages() {
        for (String name : new String[] {"a.png", "a.tar.gz", "a.json", ".hidden", ".hidden.txt", "a.txt~"}) {
            assertFalse(PageFileNames.isPage(name), name);
        }
    }

    @Test
    void gzipIsRecognisedByName() {
        assertTrue(PageFileNames.isGzip("a.txt.GZ"));
        assertFalse(PageFileNames.isGzip("a.txt"));
    }
}

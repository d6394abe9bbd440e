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
        for (String name : new String[] {"a.png", "a.tar.gz", "a.csv", "a.svg", "a.wat", ".hidden", ".hidden.txt", "a.txt~"}) {
            assertFalse(PageFileNames.isPage(name), name);
        }
    }

    @Test
    void recordDumpsAreWalkedAndToldApartByName() {
        for (String name : new String[] {"a.json", "a.JSONL", "a.ndjson.gz", "/data/2015-07-21.json.gz"}) {
            assertTrue(PageFileNames.isRecordDump(name), name);
        }
        assertTrue(PageFileNames.isPage("a.jsonl.gz"));
        for (String name : new String[] {"a.txt", "a.json.txt", "json", "/dir.json/page"}) {
            assertFalse(PageFileNames.isRecordDump(name), name);
        }
    }

    @Test
    void warcArchivesAreWalkedAndToldApartByName() {
        for (String name : new String[] {"crawl.warc", "CC-MAIN-1.warc.gz", "/x/a.WARC.GZ"}) {
            assertTrue(PageFileNames.isWarc(name), name);
            assertTrue(PageFileNames.isPage(name), name);
        }
        for (String name : new String[] {"a.warc.txt", "warc", "a.wat.gz", "/d.warc/page"}) {
            assertFalse(PageFileNames.isWarc(name), name);
        }
    }

    @Test
    void feedsAreWalkedButXmlOnlyReadWhenNamed() {
        for (String name : new String[] {"news.rss", "news.atom", "news.rss.gz"}) {
            assertTrue(PageFileNames.isFeedName(name), name);
            assertTrue(PageFileNames.isPage(name), name);
        }
        for (String name : new String[] {"feed.xml", "sitemap.xml.gz"}) {
            assertTrue(PageFileNames.isFeedName(name), name + " is sniffed when named as an input");
            assertFalse(PageFileNames.isPage(name), name + " is not taken by a directory walk");
        }
        assertFalse(PageFileNames.isFeedName("a.html"));
    }

    @Test
    void gzipIsRecognisedByName() {
        assertTrue(PageFileNames.isGzip("a.txt.GZ"));
        assertFalse(PageFileNames.isGzip("a.txt"));
    }
}

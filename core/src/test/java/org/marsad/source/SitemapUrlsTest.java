package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapUrlsTest {

    @TempDir
    Path dir;

    private final SitemapUrls sitemaps = new SitemapUrls();

    @Test
    void newsSitemapGivesEachPageWithItsPublicationDateTitleAndLanguage() throws Exception {
        List<SitemapEntry> entries = sitemaps.read(fixture("news-sitemap.xml"));

        assertEquals(3, entries.size(), entries.toString());
        SitemapEntry putin = entries.get(0);
        assertEquals("https://news.example.com/world/2024/06/19/putin-pyongyang", putin.url());
        assertEquals(SitemapEntry.Kind.PAGE, putin.kind());
        assertEquals(ZonedDateTime.parse("2024-06-19T08:30:00+03:00").toInstant(), putin.published().toInstant());
        assertEquals("بوتين يصل إلى بيونغ يانغ في زيارة نادرة", putin.title());
        assertEquals("ar", putin.language());
        assertEquals("أخبار المثال", putin.publication());
        assertEquals(Instant.parse("2024-06-19T06:10:00Z"), putin.lastModified());
    }

    @Test
    void newsDateWithoutTimeKeepsItsDay() throws Exception {
        SitemapEntry kim = sitemaps.read(fixture("news-sitemap.xml")).get(1);
        assertEquals("2023-09-13", kim.published().toLocalDate().toString());
        assertEquals("en", kim.language());
        assertEquals("Kim and Putin meet at the Vostochny cosmodrome", kim.title());
    }

    @Test
    void pageWithoutNewsHasOnlyItsUrlAndLastmod() throws Exception {
        SitemapEntry about = sitemaps.read(fixture("news-sitemap.xml")).get(2);
        assertEquals("https://news.example.com/about", about.url());
        assertEquals(false, about.hasNews());
        assertNull(about.published());
        assertNull(about.title());
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), about.lastModified());
    }

    @Test
    void sitemapIndexListsItsSitemapsWithoutFetchingThem() throws Exception {
        List<SitemapEntry> entries = sitemaps.read(fixture("sitemap-index.xml"));
        assertEquals(List.of("https://news.example.com/sitemaps/news.xml",
                "https://news.example.com/sitemaps/archive-2023.xml.gz"), entries.stream().map(SitemapEntry::url).toList());
        assertTrue(entries.stream().allMatch(e -> e.kind() == SitemapEntry.Kind.SITEMAP));
        assertEquals(Instant.parse("2024-06-19T10:00:00Z"), entries.get(0).lastModified());
    }

    @Test
    void gzippedSitemapGivesTheSameEntriesAsThePlainOne() throws Exception {
        Path gz = gzip(fixture("news-sitemap.xml"), dir.resolve("news-sitemap.xml.gz"));
        assertEquals(sitemaps.read(fixture("news-sitemap.xml")), sitemaps.read(gz));
    }

    @Test
    void gzipBytesUnderAnotherNameAreRecognizedByTheirContent() throws Exception {
        Path gz = gzip(fixture("sitemap-index.xml"), dir.resolve("index.xml"));
        assertEquals(2, sitemaps.read(gz).size());
    }

    @Test
    void textSitemapGivesOneUrlPerNonBlankLine() throws Exception {
        List<SitemapEntry> entries = sitemaps.read(fixture("text-sitemap.txt"));
        assertEquals(List.of("https://news.example.com/world/one", "https://news.example.com/world/two"),
                entries.stream().map(SitemapEntry::url).toList());
    }

    @Test
    void malformedXmlIsRefusedWithItsPosition() {
        BadInputException e = assertThrows(BadInputException.class, () -> sitemaps.read(fixture("broken-sitemap.xml")));
        assertTrue(e.source().endsWith("broken-sitemap.xml"), e.source());
        assertTrue(e.reason().startsWith("not well-formed XML at line 7"), e.reason());
    }

    @Test
    void truncatedSitemapIsRefusedNotListedInPart() {
        BadInputException e = assertThrows(BadInputException.class, () -> sitemaps.read(fixture("truncated-sitemap.xml")));
        assertTrue(e.reason().startsWith("not well-formed XML"), e.reason());
    }

    @Test
    void truncatedGzipIsReportedAsSuch() throws Exception {
        Path whole = gzip(fixture("news-sitemap.xml"), dir.resolve("whole.xml.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xml.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        BadInputException e = assertThrows(BadInputException.class, () -> sitemaps.read(cut));
        assertTrue(e.reason().contains("gzip"), e.reason());
    }

    @Test
    void xmlThatIsNoSitemapIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> sitemaps.read(fixture("not-a-sitemap.xml")));
        assertTrue(e.reason().startsWith("not a sitemap"), e.reason());
    }

    @Test
    void textWithoutUrlsIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> sitemaps.read(fixture("not-a-sitemap.txt")));
        assertEquals("not a sitemap: neither XML, gzip nor lines of URLs", e.reason());
    }

    @Test
    void emptyMissingAndDirectoryInputsAreRefusedByName() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xml"), new byte[0]);
        assertEquals("empty file", assertThrows(BadInputException.class, () -> sitemaps.read(empty)).reason());
        assertEquals(PageReader.NO_SUCH_INPUT,
                assertThrows(BadInputException.class, () -> sitemaps.read(dir.resolve("none.xml"))).reason());
        assertTrue(assertThrows(BadInputException.class, () -> sitemaps.read(dir)).reason().contains("directory"));
    }

    @Test
    void streamIsReadLikeAFile() throws Exception {
        byte[] bytes = Files.readAllBytes(fixture("text-sitemap.txt"));
        assertEquals(2, sitemaps.read(new ByteArrayInputStream(bytes), "-").size());
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(SitemapUrlsTest.class.getResource("sitemap/" + name).toURI());
    }

    private static Path gzip(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            in.transferTo(out);
        }
        return to;
    }
}

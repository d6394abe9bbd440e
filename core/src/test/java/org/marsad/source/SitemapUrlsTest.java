package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapUrlsTest {

    @TempDir
    Path dir;

    private final SitemapUrls sitemaps = new SitemapUrls();
    private final List<InputProblem> warnings = new ArrayList<>();

    private List<SitemapEntry> read(Path file) throws BadInputException {
        return sitemaps.read(file, warnings::add);
    }

    @Test
    void newsSitemapGivesEachPageWithItsPublicationDateTitleAndLanguage() throws Exception {
        List<SitemapEntry> entries = read(fixture("news-sitemap.xml"));

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
        SitemapEntry kim = read(fixture("news-sitemap.xml")).get(1);
        assertEquals("2023-09-13", kim.published().toLocalDate().toString());
        assertEquals("en", kim.language());
        assertEquals("Kim and Putin meet at the Vostochny cosmodrome", kim.title());
    }

    @Test
    void pageWithoutNewsHasOnlyItsUrlAndLastmod() throws Exception {
        SitemapEntry about = read(fixture("news-sitemap.xml")).get(2);
        assertEquals("https://news.example.com/about", about.url());
        assertEquals(false, about.hasNews());
        assertNull(about.published());
        assertNull(about.title());
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), about.lastModified());
    }

    @Test
    void sitemapIndexListsItsSitemapsWithoutFetchingThem() throws Exception {
        List<SitemapEntry> entries = read(fixture("sitemap-index.xml"));
        assertEquals(List.of("https://news.example.com/sitemaps/news.xml",
                "https://news.example.com/sitemaps/archive-2023.xml.gz"), entries.stream().map(SitemapEntry::url).toList());
        assertTrue(entries.stream().allMatch(e -> e.kind() == SitemapEntry.Kind.SITEMAP));
        assertEquals(Instant.parse("2024-06-19T10:00:00Z"), entries.get(0).lastModified());
    }

    @Test
    void gzippedSitemapGivesTheSameEntriesAsThePlainOne() throws Exception {
        Path gz = gzip(fixture("news-sitemap.xml"), dir.resolve("news-sitemap.xml.gz"));
        assertEquals(read(fixture("news-sitemap.xml")), read(gz));
    }

    @Test
    void gzipBytesUnderAnotherNameAreRecognizedByTheirContent() throws Exception {
        Path gz = gzip(fixture("sitemap-index.xml"), dir.resolve("index.xml"));
        assertEquals(2, read(gz).size());
    }

    @Test
    void textSitemapGivesOneUrlPerNonBlankLine() throws Exception {
        List<SitemapEntry> entries = read(fixture("text-sitemap.txt"));
        assertEquals(List.of("https://news.example.com/world/one", "https://news.example.com/world/two"),
                entries.stream().map(SitemapEntry::url).toList());
    }

    @Test
    void malformedXmlGivesTheUrlsBeforeTheFaultAndAWarningWithItsPosition() throws Exception {
        // the fault is the end tag of b's loc: b's address itself was read whole
        List<SitemapEntry> entries = read(fixture("broken-sitemap.xml"));
        assertEquals(List.of("https://news.example.com/a", "https://news.example.com/b"),
                entries.stream().map(SitemapEntry::url).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        InputProblem w = warnings.get(0);
        assertTrue(w.source().endsWith("broken-sitemap.xml"), w.source());
        assertFalse(w.skipped());
        assertTrue(w.reason().startsWith("not well-formed XML at line 7"), w.reason());
        assertTrue(w.reason().contains("listed the 2 entries read before it"), w.reason());
    }

    @Test
    void sitemapCutShortGivesTheUrlsReadBeforeTheCutWithTheirNews() throws Exception {
        List<SitemapEntry> entries = read(fixture("cut-sitemap.xml"));
        assertEquals(List.of("https://news.example.com/world/2024/06/19/putin-pyongyang",
                "https://news.example.com/world/2023/09/13/kim-vostochny"), entries.stream().map(SitemapEntry::url).toList());
        assertEquals("بوتين يصل إلى بيونغ يانغ في زيارة نادرة", entries.get(0).title());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).reason().contains("listed the 2 entries read before it"), warnings.get(0).reason());
    }

    @Test
    void sitemapCutAfterItsFirstAddressGivesThatAddress() throws Exception {
        List<SitemapEntry> entries = read(fixture("truncated-sitemap.xml"));
        assertEquals(List.of("https://news.example.com/world/2024/06/19/putin-pyongyang"),
                entries.stream().map(SitemapEntry::url).toList());
        assertEquals(1, warnings.size());
    }

    @Test
    void sitemapCutBeforeAnyAddressIsRefused() throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.xml"), "<?xml version=\"1.0\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  <url>\n    <loc>https://news.exa");
        BadInputException e = assertThrows(BadInputException.class, () -> read(cut));
        assertTrue(e.reason().startsWith("not well-formed XML"), e.reason());
        assertEquals(List.of(), warnings);
    }

    @Test
    void soundSitemapHasNoWarning() throws Exception {
        read(fixture("news-sitemap.xml"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void truncatedGzipIsReportedAsSuch() throws Exception {
        Path whole = gzip(fixture("news-sitemap.xml"), dir.resolve("whole.xml.gz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xml.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        BadInputException e = assertThrows(BadInputException.class, () -> read(cut));
        assertTrue(e.reason().contains("gzip"), e.reason());
    }

    @Test
    void xmlThatIsNoSitemapIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> read(fixture("not-a-sitemap.xml")));
        assertTrue(e.reason().startsWith("not a sitemap"), e.reason());
    }

    @Test
    void textWithoutUrlsIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> read(fixture("not-a-sitemap.txt")));
        assertEquals("not a sitemap: neither XML, gzip nor lines of URLs", e.reason());
    }

    @Test
    void emptyMissingAndDirectoryInputsAreRefusedByName() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xml"), new byte[0]);
        assertEquals("empty file", assertThrows(BadInputException.class, () -> read(empty)).reason());
        assertEquals(PageReader.NO_SUCH_INPUT,
                assertThrows(BadInputException.class, () -> read(dir.resolve("none.xml"))).reason());
        assertTrue(assertThrows(BadInputException.class, () -> read(dir)).reason().contains("directory"));
    }

    @Test
    void streamIsReadLikeAFile() throws Exception {
        byte[] bytes = Files.readAllBytes(fixture("text-sitemap.txt"));
        assertEquals(2, sitemaps.read(new ByteArrayInputStream(bytes), "-", warnings::add).size());
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

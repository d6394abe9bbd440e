package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;

class HtmlPageExtractorTest {

    private static final HtmlPageExtractor EXTRACTOR = new HtmlPageExtractor();

    private static Article extract(String fixture) throws IOException {
        return EXTRACTOR.extract(new RawPage(fixture, fixture(fixture), "UTF-8")).get(0);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HtmlPageExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mainTextKeepsArticleParagraphsAndHeadings() throws IOException {
        Article a = extract("news-with-chrome.html");
        assertEquals(List.of(
                "The rivers of the northern valley rose by three metres overnight, flooding farms, roads and two villages.",
                "Rescue teams, who worked through the night, said that no one had been hurt, although hundreds of families left their homes.",
                "Roads closed",
                "The main road to the coast will stay closed until Thursday, officials said, while engineers inspect the bridges."),
                a.paragraphs());
    }

    @Test
    void navigationShareCommentsRelatedAndFooterAreDropped() throws IOException {
        String text = extract("news-with-chrome.html").text();
        for (String chrome : new String[] {"Home", "Share on Facebook", "Storm season", "Great reporting", "Copyright"}) {
            assertFalse(text.contains(chrome), chrome);
        }
    }

    @Test
    void captionsAreKeptApart() throws IOException {
        Article a = extract("news-with-chrome.html");
        assertEquals(List.of("Water covers the road near the old mill."), a.captions());
    }

    @Test
    void canonicalUrlIsTheSourceAndItsPathGivesTheDate() throws IOException {
        Article a = extract("news-with-chrome.html");
        assertEquals("https://example.org/2024/06/10/rivers-rise", a.source());
        assertEquals(LocalDate.of(2024, 6, 10), a.published());
        assertEquals("en", a.language());
    }

    @Test
    void everyBlockCarriesACssPathAndNoLine() throws IOException {
        Article a = extract("news-with-chrome.html");
        Block title = a.blocks().stream().filter(b -> b.label() == BlockLabel.TITLE).findFirst().orElseThrow();
        assertEquals("Rivers rise after storm", title.text());
        assertTrue(title.path().endsWith("article > h1:nth-child(1)"), title.path());
        assertTrue(a.blocks().stream().allMatch(b -> b.line() == 0 && b.path() != null));
        assertTrue(a.blocks().stream().anyMatch(b -> b.label() == BlockLabel.NOISE && b.reason().equals("<nav> element")));
    }

    @Test
    void jsonLdComesBeforeOpenGraph() throws IOException {
        Article a = extract("json-ld.html");
        assertEquals("Talks resume in Geneva", a.title());
        assertEquals(LocalDate.of(2023, 9, 13), a.published());
        assertEquals("Jane Doe", a.byline());
        assertEquals("World Wire", a.outlet());
    }

    @Test
    void openGraphAndMetaNamesGiveTitleDateOutletAndAuthor() throws IOException {
        Article a = extract("open-graph.html");
        assertEquals("Harvest festival opens", a.title());
        assertEquals(LocalDate.of(2022, 10, 1), a.published());
        assertEquals("Valley News", a.outlet());
        assertEquals("Omar Khalil", a.byline());
    }

    @Test
    void mainTextInDivsWithoutParagraphsIsFound() throws IOException {
        Article a = extract("div-text.html");
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("The council approved"));
        assertFalse(a.text().contains("About"));
    }

    @Test
    void arabicPageInWindows1256WithMetaCharsetIsReadAndExtracted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.html");
        try (InputStream in = HtmlPageExtractorTest.class.getResourceAsStream("arabic-windows-1256.html")) {
            Files.write(file, in.readAllBytes());
        }
        RawPage page = new PageReader().readOne(file);
        assertEquals("windows-1256", page.charset());
        Article a = new Marsad().extract(page).get(0);
        assertEquals("ar", a.language());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.paragraphs().get(0).startsWith("وصل الرئيس إلى العاصمة"));
        assertFalse(a.text().contains("الرئيسية"));
        assertFalse(a.text().contains("شارك"));
    }

    @Test
    void pageNested100000DeepIsExtractedWithoutStackOverflow() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>A paragraph at the bottom of a very deep page, with enough words to count as text.</p>");
        html.append("</div>".repeat(depth));
        html.append("</body></html>");
        Article a = EXTRACTOR.extract(new RawPage("deep.html", html.toString(), "UTF-8")).get(0);
        assertTrue(a.text().contains("A paragraph at the bottom"), a.text());
    }

    @Test
    void fiftyMegabytePageIsExtracted() {
        String paragraph = "<p>Line of text in a very large page, repeated many times, with commas, words and more words.</p>\n";
        StringBuilder html = new StringBuilder(52 * 1024 * 1024);
        html.append("<html><body><div class=\"content\">");
        while (html.length() < 50 * 1024 * 1024) {
            html.append(paragraph);
        }
        html.append("</div></body></html>");
        Article a = EXTRACTOR.extract(new RawPage("big.html", html.toString(), "UTF-8")).get(0);
        assertTrue(a.paragraphs().size() > 400_000, "paragraphs: " + a.paragraphs().size());
    }

    @Test
    void marsadSendsHtmlByContentToTheHtmlExtractor() {
        RawPage page = new RawPage("page-without-extension", "<!DOCTYPE html><html><body><article><p>"
                + "A short article body that is long enough to be scored as a paragraph of text.</p></article></body></html>", "UTF-8");
        Article a = new Marsad().extract(page).get(0);
        assertEquals(List.of("A short article body that is long enough to be scored as a paragraph of text."), a.paragraphs());
    }

    @Test
    void snifferTellsHtmlFromText() {
        assertTrue(HtmlSniffer.isHtml("a.htm.gz", "anything"));
        assertTrue(HtmlSniffer.looksLikeHtml("\n  <!-- x --> <!doctype html><html>"));
        assertFalse(HtmlSniffer.looksLikeHtml("تاريخ النشر: 10 يونيو 2024\n<b>نص</b>"));
    }
}

package org.marsad.extract.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;

class FeedExtractorTest {

    private static final FeedExtractor FEEDS = new FeedExtractor(new HtmlPageExtractor());

    private static final String VISIT = "بوتين يصل إلى بيونغ يانغ في زيارة رسمية";
    private static final String SUMMARY = "وصل الرئيس الروسي فلاديمير بوتين فجر اليوم إلى العاصمة الكورية الشمالية.";
    private static final String TALKS_PARAGRAPH = "وعقد الزعيمان جلسة محادثات مطولة تناولت التعاون العسكري والاقتصادي"
            + " بين البلدين، وأكد الجانبان عزمهما على توسيع العلاقات في مجالات الطاقة والنقل والزراعة.";

    private static String rss() {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            content.append("<p>").append(TALKS_PARAGRAPH).append("</p>");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>الأخبار العاجلة</title>
                  <link>https://news.example/</link>
                  <description>آخر الأخبار</description>
                  <item>
                    <title>%s</title>
                    <link>https://news.example/2024/06/19/putin</link>
                    <pubDate>Wed, 19 Jun 2024 08:30:00 GMT</pubDate>
                    <category>روسيا</category>
                    <description>&lt;p&gt;%s&lt;/p&gt;</description>
                    <content:encoded><![CDATA[%s]]></content:encoded>
                  </item>
                  <item>
                    <title>كيم جونغ أون يستقبل الرئيس الروسي</title>
                    <link>https://news.example/2024/06/19/kim</link>
                    <pubDate>Wed, 19 Jun 2024 10:00:00 +0000</pubDate>
                    <description>استقبل الزعيم الكوري الشمالي ضيفه في المطار.</description>
                  </item>
                  <item>
                    <link>https://news.example/empty</link>
                  </item>
                </channel>
                </rss>
                """.formatted(VISIT, SUMMARY, content);
    }

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>مرصد الأخبار</title>
              <id>urn:example:feed</id>
              <updated>2024-06-20T09:00:00Z</updated>
              <entry>
                <title>توقيع اتفاقية شراكة استراتيجية شاملة</title>
                <link href="https://atom.example/news/pact"/>
                <id>urn:example:pact</id>
                <published>2024-06-19T22:00:00Z</published>
                <updated>2024-06-20T09:00:00Z</updated>
                <author><name>مراسلنا في بيونغ يانغ</name></author>
                <summary type="html">&lt;p&gt;وقع الزعيمان اتفاقية شراكة.&lt;/p&gt;&lt;p&gt;وتشمل الاتفاقية بند الدفاع المشترك.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """;

    private static List<Article> extract(String source, String text, List<InputProblem> problems) {
        return FEEDS.extract(PageReader.fromString(source, text), problems::add);
    }

    @Test
    void rssItemWithFullContentIsExtractedAsAnHtmlPage() {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = extract("news.rss", rss(), problems);

        Article visit = articles.get(0);
        assertEquals("https://news.example/2024/06/19/putin", visit.source());
        assertEquals(VISIT, visit.title());
        assertEquals(LocalDate.of(2024, 6, 19), visit.published());
        assertEquals(5, visit.paragraphs().size(), visit.paragraphs()::toString);
        assertTrue(visit.paragraphs().stream().allMatch(TALKS_PARAGRAPH::equals), visit.paragraphs()::toString);
        assertEquals("ar", visit.language());
    }

    @Test
    void rssItemWithOnlyADescriptionBecomesATitleDateAndOneParagraph() {
        List<InputProblem> problems = new ArrayList<>();
        Article kim = extract("news.rss", rss(), problems).get(1);

        assertEquals("https://news.example/2024/06/19/kim", kim.source());
        assertEquals("كيم جونغ أون يستقبل الرئيس الروسي", kim.title());
        assertEquals(LocalDate.of(2024, 6, 19), kim.published());
        assertEquals("page", kim.publishedFrom());
        assertEquals(List.of("استقبل الزعيم الكوري الشمالي ضيفه في المطار."), kim.paragraphs());
        assertEquals("الأخبار العاجلة", kim.outlet());
    }

    @Test
    void anItemKeepsThePublishersLocalDayWhenItsDateHasAnOffset() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>القاهرة اليوم</title>
                  <item><title>خبر بعد منتصف الليل</title><link>https://cairo.example/a</link>
                    <pubDate>Thu, 20 Jun 2024 00:30:00 +0300</pubDate><description>نص الخبر.</description></item>
                  <item><title>خبر مساء نيويورك</title><link>https://ny.example/b</link>
                    <pubDate>Wed, 19 Jun 2024 22:00:00 EDT</pubDate><description>نص الخبر.</description></item>
                  <item><title>خبر بتوقيت غرينتش</title><link>https://gmt.example/c</link>
                    <pubDate>Wed, 19 Jun 2024 23:30:00 GMT</pubDate><description>نص الخبر.</description></item>
                </channel></rss>
                """;
        List<Article> articles = extract("local.rss", rss, new ArrayList<>());
        assertEquals(LocalDate.of(2024, 6, 20), articles.get(0).published(), "19 June 21:30 UTC, 20 June in Cairo");
        assertEquals(LocalDate.of(2024, 6, 19), articles.get(1).published(), "20 June 02:00 UTC, 19 June in New York");
        assertEquals(LocalDate.of(2024, 6, 19), articles.get(2).published());
    }

    @Test
    void anAtomEntryKeepsItsIsoOffsetsDay() {
        String atom = ATOM.replace("<published>2024-06-19T22:00:00Z</published>", "<published>2024-06-20T01:00:00+03:00</published>");
        assertEquals(LocalDate.of(2024, 6, 20), extract("feed.atom", atom, new ArrayList<>()).get(0).published());
    }

    @Test
    void anItemWithNeitherTitleNorTextIsReportedAndSkipped() {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = extract("news.rss", rss(), problems);

        assertEquals(2, articles.size());
        assertEquals(List.of(new InputProblem("news.rss#2", "feed item has neither a title nor a text")), problems);
    }

    @Test
    void atomEntryGivesLinkDateAuthorAndSummaryParagraphs() {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = extract("feed.atom", ATOM, problems);

        assertEquals(List.of(), problems);
        Article pact = articles.get(0);
        assertEquals("https://atom.example/news/pact", pact.source());
        assertEquals("توقيع اتفاقية شراكة استراتيجية شاملة", pact.title());
        assertEquals(LocalDate.of(2024, 6, 19), pact.published());
        assertEquals("مراسلنا في بيونغ يانغ", pact.byline());
        assertEquals(List.of("وقع الزعيمان اتفاقية شراكة.", "وتشمل الاتفاقية بند الدفاع المشترك."), pact.paragraphs());
    }

    @Test
    void xmlThatIsNotAFeedIsReportedByItsRootElement() {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = extract("sitemap.xml",
                "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/</loc></url></urlset>",
                problems);

        assertEquals(List.of(), articles);
        assertEquals(List.of(new InputProblem("sitemap.xml", "XML but not an RSS or Atom feed (root element <urlset>)")),
                problems);
    }

    @Test
    void aBrokenFeedIsOneProblem() {
        List<InputProblem> problems = new ArrayList<>();
        assertEquals(List.of(), extract("cut.rss", "<rss version=\"2.0\"><channel><title>خبر</title><item>", problems));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("unreadable feed: "), problems.get(0).reason());
    }

    @Test
    void rootElementIsFoundPastDeclarationCommentsAndDoctype() {
        assertEquals("rss", FeedSniffer.rootElement("\uFEFF<?xml version=\"1.0\"?><!-- c --><!DOCTYPE rss>\n<rss version=\"2.0\">").orElseThrow());
        assertEquals("rdf:RDF", FeedSniffer.rootElement("<rdf:RDF xmlns:rdf=\"x\">").orElseThrow());
        assertTrue(FeedSniffer.rootElement("خبر عاجل").isEmpty());
        assertFalse(FeedExtractor.isFeed("<!DOCTYPE html><html></html>"));
    }

    @Test
    void marsadDispatchesFeedsByNameAndByContent() {
        Marsad marsad = new Marsad();
        List<InputProblem> problems = new ArrayList<>();
        // stdin has no name: the root element tells
        List<Article> fromStdin = marsad.extract(new RawPage("-", ATOM, RawPage.IN_MEMORY_CHARSET), problems::add);
        assertEquals("https://atom.example/news/pact", fromStdin.get(0).source());
        List<Article> notFeed = marsad.extract(new RawPage("data.xml", "<catalog><book/></catalog>", "UTF-8"), problems::add);
        assertEquals(List.of(), notFeed);
        assertEquals(List.of(new InputProblem("data.xml", "XML but not an RSS or Atom feed (root element <catalog>)")), problems);
        assertNull(fromStdin.get(0).section());
    }
}

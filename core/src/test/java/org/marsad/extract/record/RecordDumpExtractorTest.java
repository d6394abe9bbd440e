package org.marsad.extract.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;

class RecordDumpExtractorTest {

    private final RecordDumpExtractor extractor = new RecordDumpExtractor();
    private final List<InputProblem> problems = new ArrayList<>();

    @Test
    void readsAJsonArrayUnderTheFieldNamesDumpsUse() {
        String dump = """
                [{"source": "okaz", "url": "http://example.com/a/1", "date_extracted": "2015-07-21 10:00:00",
                  "title": "  أمير المنطقة يفتتح   المعرض ", "author": "الرياض - واس", "content": "السطر الأول\\n\\nالسطر الثاني"},
                 {"outlet": "alyaum", "link": "http://example.com/b", "published": "22 يوليو 2015", "text": "نص فقط"}]
                """;
        List<Article> articles = extractor.extract(PageReader.fromString("dump.json", dump), problems::add);
        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("http://example.com/a/1", first.source());
        assertEquals("أمير المنطقة يفتتح المعرض", first.title());
        assertEquals(LocalDate.of(2015, 7, 21), first.published());
        assertEquals("okaz", first.outlet());
        assertEquals("الرياض - واس", first.byline());
        assertEquals(List.of("السطر الأول", "السطر الثاني"), first.paragraphs());
        assertEquals(LocalDate.of(2015, 7, 22), articles.get(1).published());
        assertNull(articles.get(1).title());
        assertTrue(problems.isEmpty());
    }

    @Test
    void characterReferencesLeftByTheScraperAreDecodedButTheUrlIsKept() {
        String dump = """
                {"url": "http://example.com/?a=1&amp;b=2", "title": "&quot;موبايلي&quot; تختتم مزاد &#8220;راقي&#8221;",
                 "content": "قالت الشركة إن &quot;المزاد&quot; انتهى", "tags": ["&quot;راقي&quot;"]}
                """;
        Article a = extractor.extract(PageReader.fromString("d.jsonl", dump), problems::add).get(0);
        assertEquals("\"موبايلي\" تختتم مزاد “راقي”", a.title());
        assertEquals(List.of("قالت الشركة إن \"المزاد\" انتهى"), a.paragraphs());
        assertEquals(List.of("\"راقي\""), a.tags());
        assertEquals("http://example.com/?a=1&amp;b=2", a.source());
    }

    @Test
    void readsJsonLinesAndReportsBadRecordsWithoutLosingTheOthers() {
        String dump = """
                {"title": "خبر أول", "content": "نص"}
                {"url": "http://example.com/empty"}
                42
                {"title": "خبر ثالث", "content": "نص آخر"}
                """;
        List<Article> articles = extractor.extract(PageReader.fromString("d.jsonl", dump), problems::add);
        assertEquals(List.of("خبر أول", "خبر ثالث"), articles.stream().map(Article::title).toList());
        assertEquals("d.jsonl#0", articles.get(0).source(), "without a url, the record's place in the dump is its source");
        assertEquals(2, problems.size());
        assertEquals("d.jsonl#1", problems.get(0).source());
        assertTrue(problems.get(0).reason().contains("neither a title nor a text"));
        assertTrue(problems.get(1).reason().contains("not a JSON object"));
    }

    @Test
    void aBrokenDumpKeepsTheRecordsBeforeTheBreakAndSaysWhere() {
        String dump = "[{\"title\": \"سليم\", \"content\": \"نص\"}, {\"title\": \"مقطوع";
        List<Article> articles = extractor.extract(PageReader.fromString("cut.json", dump), problems::add);
        assertEquals(1, articles.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().contains("after 1 records"), problems.get(0).reason());
    }
}

package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlsCommandTest {

    private static final String NEWS_SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url>
                <loc>https://news.example.com/2024/06/19/visit</loc>
                <news:news>
                  <news:publication><news:name>المثال</news:name><news:language>ar</news:language></news:publication>
                  <news:publication_date>2024-06-19T23:30:00+03:00</news:publication_date>
                  <news:title>زيارة	نادرة
            إلى بيونغ يانغ</news:title>
                </news:news>
              </url>
              <url><loc>https://news.example.com/contact</loc></url>
            </urlset>
            """;

    private static final String INDEX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example.com/news-sitemap.xml</loc></sitemap>
            </sitemapindex>
            """;

    @TempDir
    Path dir;

    @Test
    void printsOneUrlPerLineWithTheNewsDayAndTitleTabSeparated() throws IOException {
        Path news = Files.writeString(dir.resolve("news.xml"), NEWS_SITEMAP);
        CliRun run = CliRun.of("urls", news.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("https://news.example.com/2024/06/19/visit\t2024-06-19\tزيارة نادرة إلى بيونغ يانغ",
                "https://news.example.com/contact"), run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void badSitemapIsReportedByNameAndTheOthersAreListedAndACutOneGivesWhatCameBeforeTheCut() throws IOException {
        Path news = Files.writeString(dir.resolve("a-news.xml"), NEWS_SITEMAP);
        Path broken = Files.writeString(dir.resolve("b-broken.xml"), NEWS_SITEMAP.substring(0, NEWS_SITEMAP.length() / 2));
        Path index = dir.resolve("c-index.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(index))) {
            out.write(INDEX.getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = CliRun.of("urls", news.toString(), broken.toString(), index.toString(), dir.resolve("none.xml").toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(4, run.lines(), "two URLs, the one before the cut, the index's sitemap: " + run.out());
        assertTrue(run.out().contains("https://news.example.com/news-sitemap.xml"), run.out());
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("marsad: warning: " + broken + ": not well-formed XML at line "), errors.get(0));
        assertTrue(errors.get(0).contains("listed the 1 entry read before it"), errors.get(0));
        assertTrue(errors.get(1).contains("none.xml: no such file"), errors.get(1));
        assertFalse(run.err().contains("a-news.xml"));
    }

    @Test
    void jsonGivesEveryFieldOfEachUrl() throws IOException {
        Path news = Files.writeString(dir.resolve("news.xml"), NEWS_SITEMAP);
        Path index = Files.writeString(dir.resolve("index.xml"), INDEX);
        CliRun run = CliRun.of("urls", "--json", news.toString(), index.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode visit = mapper.readTree(lines.get(0));
        assertEquals(news.toString(), visit.get("source").asText());
        assertEquals("page", visit.get("kind").asText());
        assertEquals("2024-06-19", visit.get("published").asText());
        assertEquals("2024-06-19T23:30:00+03:00", visit.get("published_time").asText());
        assertEquals("زيارة\tنادرة\nإلى بيونغ يانغ", visit.get("title").asText());
        assertEquals("ar", visit.get("language").asText());
        assertEquals("المثال", visit.get("publication").asText());
        assertTrue(lines.get(0).contains("المثال"), "Arabic written as is: " + lines.get(0));
        JsonNode contact = mapper.readTree(lines.get(1));
        assertTrue(contact.get("published").isNull());
        assertTrue(contact.get("title").isNull());
        JsonNode child = mapper.readTree(lines.get(2));
        assertEquals("sitemap", child.get("kind").asText());
        assertEquals("https://news.example.com/news-sitemap.xml", child.get("url").asText());
    }
}

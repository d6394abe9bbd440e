package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageRoutesTest {

    private static final List<String> PAGES = List.of("/", "/search?q=" + ServerFixture.enc("بوتن"),
            "/search?q=" + ServerFixture.enc(FixtureStore.PAYLOAD_QUERY), "/search?q=" + ServerFixture.enc("منظمة") + "&type=entity",
            "/stories", "/stories/" + FixtureStore.STORY_ID, "/entities", "/entities/vladimir-putin", "/entities/org-payload",
            "/articles/a-visit", "/articles/a-payload", "/timeline", "/timeline?entity=" + ServerFixture.enc("بوتين"));

    private static ServerFixture web;

    @BeforeAll
    static void start() {
        web = new ServerFixture(FixtureStore.sample());
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void everyPageIsRightToLeftArabicWithTheStylesheetAndNoScript() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> r = web.get(page);
            assertEquals(200, r.statusCode(), page);
            assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""), page);
            assertTrue(r.body().startsWith("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"), page);
            assertTrue(r.body().contains("<link rel=\"stylesheet\" href=\"/static/marsad.css\">"), page);
            assertFalse(r.body().contains("style="), page + " has an inline style");
            assertFalse(r.body().contains("<style"), page);
            assertTrue(r.body().contains(">الرئيسية</a>") && r.body().contains(">القصص</a>"), page);
        }
    }

    @Test
    void payloadsInArticleTextComeOutEscapedEverywhere() throws Exception {
        for (String page : PAGES) {
            String body = web.get(page).body();
            assertFalse(body.contains("<script"), page);
            assertFalse(body.contains("<img"), page);
            assertFalse(body.contains("<b>"), page);
            assertFalse(Pattern.compile("<[^>]*\\sonerror\\s*=").matcher(body).find(), page + " has an onerror attribute");
        }
        String article = web.get("/articles/a-payload").body();
        assertTrue(article.contains("<h1>&lt;script&gt;document.title='pwned';window.__marsadPwned=1&lt;/script&gt; عنوان فيه حمولة</h1>"));
        assertTrue(article.contains("&quot;&gt;&lt;img src=x onerror=&quot;") || article.contains("\"&gt;&lt;img src=x onerror=\""),
                "the img payload is shown as text");
        assertTrue(article.contains("<code dir=\"ltr\">pages/x\"&gt;&lt;script&gt;alert(3)&lt;/script&gt;.txt</code>"));
    }

    @Test
    void securityHeadersOnEveryAnswer() throws Exception {
        for (String path : List.of("/", "/static/marsad.css", "/api/search?q=x", "/nope", "/articles/nope",
                "/api/articles/nope", "/search?limit=x")) {
            HttpResponse<String> r = web.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("style-src 'self'")
                    && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/")).DELETE().build());
        assertEquals(405, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
        HttpResponse<String> malformed = web.send(HttpRequest.newBuilder(web.uri("/articles/%C0")).GET().build());
        assertEquals(400, malformed.statusCode(), "Jetty refuses a bad UTF-8 escape before Javalin sees it");
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, malformed.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void unknownPagesAre404PagesInArabic() throws Exception {
        for (String path : List.of("/nope", "/articles/nope", "/stories/nope", "/entities/nope", "/static/other.css",
                "/static/../pom.xml", "/timeline?entity=" + ServerFixture.enc("نابليون"))) {
            HttpResponse<String> r = web.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"), path);
            assertTrue(r.body().contains("الصفحة غير موجودة"), path);
        }
        HttpResponse<String> bad = web.get("/search?sort=best");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("طلب غير صالح") && bad.body().contains("parameter &#39;sort&#39;")
                || bad.body().contains("parameter 'sort'"));
    }

    @Test
    void searchPageMarksMatchesAndOffersFacetsAsLinks() throws Exception {
        String body = web.get("/search?q=" + ServerFixture.enc("بوتن")).body();
        assertTrue(body.contains("<mark>بوتن</mark>"), "matched words are marked, as written");
        assertTrue(body.contains("href=\"/articles/a-visit\""));
        Matcher outlet = Pattern.compile("href=\"(/search\\?q=[^\"]*outlet=[^\"]+)\"").matcher(body);
        assertTrue(outlet.find(), "an outlet facet links to the narrowed search");
        String narrowed = web.get(outlet.group(1).replace("&amp;", "&")).body();
        assertTrue(narrowed.contains("aria-current=\"true\""), "the facet value in force is shown as such");
        assertTrue(body.contains("from=2024-06-01&amp;to=2024-06-30"), "a month facet narrows to the month's days");
        assertTrue(body.contains(">يونيو 2024</a>"));
    }

    @Test
    void storyPageShowsSourcesSideBySideWithSummaryAndTimeline() throws Exception {
        String body = web.get("/stories/" + FixtureStore.STORY_ID).body();
        assertEquals(2, count(body, "class=\"source-card\""));
        assertTrue(body.contains("صحيفة النهار التجريبية") && body.contains("وكالة الأنباء التجريبية"));
        assertTrue(body.contains("<ul class=\"summary\">"));
        assertTrue(body.contains("كلمات دلالية: ") && body.contains("<span class=\"term\">فلاديمير بوتين</span>"),
                "the story's tags, as written");
        assertTrue(body.contains("<svg"), "the story's events are drawn");
        assertTrue(body.contains("href=\"/entities/kim-jong-un\""));
        assertTrue(body.contains("يوليو 2000 · زيارة"), "an earlier visit one of its articles recalls is on its timeline");
        assertFalse(body.contains("ديسمبر 2023 ·"), "an event none of the story's articles tells is left out");
    }

    @Test
    void entityPageShowsVariantsCooccurringAndTimeline() throws Exception {
        String body = web.get("/entities/vladimir-putin").body();
        assertTrue(body.contains("<h1>فلاديمير بوتين</h1>"));
        assertTrue(body.contains("<td>بوتن</td>") && body.contains("<td>بوتين</td>"));
        assertTrue(body.contains("href=\"/entities/kim-jong-un\""));
        assertTrue(body.contains("<svg") && body.contains("<circle") && body.contains("<rect"),
                "a day is a dot, a month a bar");
        assertTrue(body.contains("بلا تاريخ"), "the undated event is listed under the chart");
    }

    @Test
    void articlePageShowsLinkedMentionsMetadataAndProvenance() throws Exception {
        String body = web.get("/articles/a-visit").body();
        assertTrue(body.contains("<a href=\"/entities/vladimir-putin\" class=\"mention type-per\">بوتن</a>"));
        assertTrue(body.contains("سطر 1") && body.contains("first long line before the body"));
        assertTrue(body.contains("<code dir=\"ltr\">body &gt; div#share &gt; a:nth-child(2)</code>"));
        assertTrue(body.contains("share bar &lt;span&gt;"));
        assertTrue(body.contains("href=\"/stories/a-visit\""));
        assertTrue(body.contains("<td>الأربعاء</td>"));
    }

    @Test
    void articlePageListsRelatedArticlesOfOtherStoriesWithTheirReason() throws Exception {
        String body = web.get("/articles/a-visit").body();
        int section = body.indexOf("مقالات قريبة من قصص أخرى");
        assertTrue(section > 0, "the section is shown");
        String related = body.substring(section);
        assertTrue(related.contains("href=\"/articles/a-lavrov\""));
        assertTrue(related.contains("يذكر فلاديمير بوتين"), "the reason: the entity both name");
        assertFalse(related.contains("href=\"/articles/a-wire\""), "an article of the same story is not 'related'");
    }

    @Test
    void anEmptyStoreDegradesToNotes() throws Exception {
        try (ServerFixture empty = new ServerFixture(FixtureStore.empty())) {
            for (String page : List.of("/", "/stories", "/entities", "/timeline", "/search?q=" + ServerFixture.enc("بوتن"))) {
                HttpResponse<String> r = empty.get(page);
                assertEquals(200, r.statusCode(), page);
                assertTrue(r.body().contains("class=\"empty\""), page);
            }
            assertEquals(0, empty.json("/api/stories").get("stories").size());
        }
    }

    @Test
    void stylesheetUsesSystemArabicFontsOnly() throws Exception {
        HttpResponse<String> css = web.get("/static/marsad.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.body().contains("\"Noto Naskh Arabic\""));
        assertFalse(css.body().contains("@import") || css.body().contains("url("), "nothing is downloaded");
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerOptions.defaults().host());
        assertTrue(web.server.url().startsWith("http://127.0.0.1:"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

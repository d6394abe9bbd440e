package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

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
    void searchGivesHitsWithMarkedSnippetsAndFacets() throws Exception {
        HttpResponse<String> r = web.get("/api/search?q=" + ServerFixture.enc("بوتن"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode json = ServerFixture.JSON.readTree(r.body());
        assertEquals(1, json.get("total").asInt(), "the fixture search matches words as written: only a-visit says بوتن");
        JsonNode hit = json.get("hits").get(0);
        assertEquals("article", hit.get("kind").asText());
        assertTrue(hit.get("snippet").findValues("match").stream().anyMatch(JsonNode::asBoolean));
        assertTrue(hit.get("snippet_text").asText().contains("بوتن"));
        assertTrue(json.get("facets").has("outlet"));
        assertEquals("2024-06", json.get("facets").get("month").get(0).get("value").asText());
    }

    @Test
    void searchFiltersAndPagesThroughParameters() throws Exception {
        JsonNode json = web.json("/api/search?q=" + ServerFixture.enc("بوتين") + "&entity=kim-jong-un&limit=1&offset=0");
        assertEquals(1, json.get("limit").asInt());
        assertEquals(1, json.get("hits").size());
        assertEquals("a-visit", json.get("hits").get(0).get("id").asText(), "the only article naming Kim that says بوتين");
        JsonNode stories = web.json("/api/search?q=" + ServerFixture.enc("بوتن") + "&type=story");
        assertEquals("story", stories.get("hits").get(0).get("kind").asText());
    }

    @Test
    void badParametersAre400WithTheParameterNamed() throws Exception {
        for (String query : List.of("limit=500", "limit=x", "offset=-1", "sort=best", "from=2024-13-01",
                "type=people", "from=2024-06-02&to=2024-06-01", "q=a&q=b")) {
            HttpResponse<String> r = web.get("/api/search?" + query);
            assertEquals(400, r.statusCode(), query);
            JsonNode json = ServerFixture.JSON.readTree(r.body());
            assertEquals(400, json.get("status").asInt());
            String param = query.substring(query.lastIndexOf('&') + 1, query.indexOf('=', query.lastIndexOf('&') + 1));
            assertTrue(json.get("error").asText().contains("'" + param + "'"), query + " -> " + json);
        }
        assertEquals(400, web.get("/api/entities?type=PLANET").statusCode());
    }

    @Test
    void querySyntaxErrorIs400WithTheStoresMessage() throws Exception {
        HttpResponse<String> r = web.get("/api/search?q=" + ServerFixture.enc("\"بوتين"));
        assertEquals(400, r.statusCode());
        assertTrue(ServerFixture.JSON.readTree(r.body()).get("error").asText().contains("unbalanced quote"));
    }

    @Test
    void relatedArticlesComeFromOtherStoriesAndSayWhy() throws Exception {
        JsonNode json = web.json("/api/articles/a-visit/related");
        assertEquals("a-visit", json.get("article").asText());
        JsonNode first = json.get("related").get(0);
        assertEquals("a-lavrov", first.get("article").get("id").asText());
        assertEquals("فلاديمير بوتين", first.get("shared_entities").get(0).asText());
        for (JsonNode r : json.get("related")) {
            assertNotEquals("a-wire", r.get("article").get("id").asText(), "same story");
        }
        assertEquals(404, web.get("/api/articles/no-such/related").statusCode());
    }

    @Test
    void articleHasTheContractFieldsInOrder() throws Exception {
        JsonNode a = web.json("/api/articles/a-visit");
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        assertEquals(List.of("id", "source", "position", "role", "title", "published", "published_from", "outlet",
                "section", "byline", "agencies", "tags", "paragraphs", "captions", "related", "language", "story",
                "blocks", "entities", "times", "events", "keyphrases"), fields);
        assertEquals("main", a.get("role").asText());
        assertEquals("2024-06-19", a.get("published").asText());
        assertEquals("title", a.get("blocks").get(0).get("label").asText());
        assertEquals("body > div#share > a:nth-child(2)", a.get("blocks").get(a.get("blocks").size() - 1).get("path").asText());
        JsonNode putin = a.get("entities").get(0);
        assertEquals("vladimir-putin", putin.get("id").asText());
        JsonNode mention = putin.get("mentions").get(0);
        String text = String.join("\n", ServerFixture.JSON.convertValue(a.get("paragraphs"), String[].class));
        assertEquals(mention.get("text").asText(), text.substring(mention.get("start").asInt(), mention.get("end").asInt()));
        assertEquals("visit", a.get("events").get(0).get("type").asText());
        assertEquals("happened", a.get("events").get(0).get("status").asText());
        assertEquals("الأربعاء", a.get("times").get(0).get("text").asText());
    }

    @Test
    void unknownIdsAre404() throws Exception {
        for (String path : List.of("/api/articles/nope", "/api/stories/nope", "/api/entities/nope", "/api/nothing-here")) {
            HttpResponse<String> r = web.get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals(404, ServerFixture.JSON.readTree(r.body()).get("status").asInt(), path);
        }
    }

    @Test
    void storiesAndEntitiesAndTimeline() throws Exception {
        JsonNode stories = web.json("/api/stories");
        JsonNode story = stories.get("stories").get(0);
        assertEquals(FixtureStore.STORY_ID, story.get("id").asText());
        assertEquals(2, story.get("articles").size());
        assertEquals("2024-06-19", story.get("first").asText());
        assertTrue(story.get("duplicates").get(0).get("wire_copy").asBoolean());
        assertEquals(story, web.json("/api/stories/" + FixtureStore.STORY_ID));

        JsonNode people = web.json("/api/entities?type=per&limit=2");
        assertEquals(2, people.get("entities").size());
        people.get("entities").forEach(e -> assertEquals("PER", e.get("type").asText()));

        JsonNode putin = web.json("/api/entities/vladimir-putin");
        assertEquals("Vladimir Putin", putin.get("name_en").asText());
        assertTrue(putin.get("variants").findValuesAsText("text").containsAll(List.of("بوتن", "بوتين")));
        assertTrue(putin.get("cooccurring").findValuesAsText("id").contains("kim-jong-un"));

        JsonNode timeline = web.json("/api/timeline?entity=" + ServerFixture.enc("بوتن") + "&entity=kim-jong-un");
        assertEquals(List.of("vladimir-putin", "kim-jong-un"), timeline.get("entities").findValuesAsText("id"));
        assertEquals(2, timeline.get("events").size());
        assertEquals("2024-06-19", timeline.get("events").get(0).get("date").asText());
        assertEquals(2, timeline.get("events").get(0).get("sources").size());
        assertEquals(404, web.get("/api/timeline?entity=" + ServerFixture.enc("نابليون")).statusCode());
    }

    @Test
    void wrongMethodIs405() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, r.statusCode());
        assertEquals(405, ServerFixture.JSON.readTree(r.body()).get("status").asInt());
    }

    @Test
    void ingestIsOffUnlessEnabled() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(web.uri("/api/ingest?source=a.txt"))
                .POST(HttpRequest.BodyPublishers.ofString("نص")).build());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("not enabled"));
    }

    @Test
    void ingestHandsThePageToTheHandler() throws Exception {
        List<PageUpload> received = new CopyOnWriteArrayList<>();
        IngestHandler handler = page -> {
            received.add(page);
            return new IngestReceipt(List.of("new-article"), List.of());
        };
        try (ServerFixture ingesting = new ServerFixture(FixtureStore.sample(),
                ServerOptions.defaults().withIngest(handler).withMaxRequestBytes(1000))) {
            HttpResponse<String> ok = ingesting.send(HttpRequest.newBuilder(ingesting.uri("/api/ingest?source=" + ServerFixture.enc("https://example.org/a")))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString("عنوان\nنص الخبر")).build());
            assertEquals(201, ok.statusCode(), ok.body());
            assertEquals("new-article", ServerFixture.JSON.readTree(ok.body()).get("articles").get(0).asText());
            assertEquals("https://example.org/a", received.get(0).source());
            assertEquals("عنوان\nنص الخبر", new String(received.get(0).body(), java.nio.charset.StandardCharsets.UTF_8));

            HttpResponse<String> tooBig = ingesting.send(HttpRequest.newBuilder(ingesting.uri("/api/ingest?source=b"))
                    .POST(HttpRequest.BodyPublishers.ofString("ن".repeat(600))).build());
            assertEquals(413, tooBig.statusCode());
            assertEquals(413, ServerFixture.JSON.readTree(tooBig.body()).get("status").asInt());

            HttpResponse<String> noSource = ingesting.send(HttpRequest.newBuilder(ingesting.uri("/api/ingest"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build());
            assertEquals(400, noSource.statusCode());

            HttpResponse<String> otherSite = ingesting.send(HttpRequest.newBuilder(ingesting.uri("/api/ingest?source=c"))
                    .header("Origin", "https://attacker.example").POST(HttpRequest.BodyPublishers.ofString("x")).build());
            assertEquals(403, otherSite.statusCode());
            assertEquals(1, received.size(), "refused requests never reach the handler");
        }
    }

    @Test
    void chunkedBodyOverTheLimitIs413() throws Exception {
        IngestHandler handler = page -> new IngestReceipt(List.of(), List.of());
        try (ServerFixture ingesting = new ServerFixture(FixtureStore.sample(),
                ServerOptions.defaults().withIngest(handler).withMaxRequestBytes(1000))) {
            // A publisher of unknown length makes the client send chunks without a Content-Length.
            byte[] body = new byte[5000];
            HttpRequest request = HttpRequest.newBuilder(ingesting.uri("/api/ingest?source=d"))
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body))).build();
            assertEquals(413, ingesting.send(request).statusCode());
        }
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        JsonNode spec = web.json("/api/openapi.json");
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/search", "/api/articles/{id}", "/api/stories", "/api/stories/{id}",
                "/api/entities", "/api/entities/{id}", "/api/timeline", "/api/ingest", "/api/stats")) {
            assertTrue(spec.get("paths").has(path), path);
        }
    }

    @Test
    void jsonCarriesNoLiveMarkupAndReadsBackToTheOriginalText() throws Exception {
        HttpResponse<String> r = web.get("/api/articles/a-payload");
        assertFalse(r.body().contains("<"), "< is written as \\u003C");
        assertFalse(r.body().contains(">"));
        JsonNode a = ServerFixture.JSON.readTree(r.body());
        assertTrue(a.get("title").asText().startsWith(FixtureStore.PAYLOAD_SCRIPT));
        assertTrue(a.get("paragraphs").get(0).asText().contains(FixtureStore.PAYLOAD_IMG));
        for (String path : List.of("/api/search?q=" + ServerFixture.enc(FixtureStore.PAYLOAD_QUERY), "/api/entities/org-payload",
                "/api/timeline", "/api/entities?limit=100")) {
            String body = web.get(path).body();
            assertFalse(body.contains("<"), path);
            ServerFixture.JSON.readTree(body);
        }
    }
}

package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, stories, entities and stats against one store, as a user runs them. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    @Test
    void ingestThenSearchListAndCheckTheStore() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("dump.jsonl"), """
                {"url": "http://example.com/1", "source": "okaz", "date": "2024-06-18", "title": "بوتين في بيونغ يانغ", "content": "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ في زيارة رسمية."}
                {"url": "http://example.com/2", "source": "alyaum", "date": "2024-06-19", "title": "كيم يستقبل بوتن", "content": "استقبل كيم جونغ أون الرئيس الروسي بوتن في المطار."}
                {"url": "http://example.com/3"}
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();

        CliRun ingest = CliRun.of("ingest", "--data", data, "--quiet", pages.toString());
        assertEquals(1, ingest.exitCode(), "one bad record: exit 1, the others ingested\n" + ingest.err());
        assertTrue(ingest.err().contains("dump.jsonl#2"), ingest.err());
        assertTrue(ingest.err().contains("2 articles"), ingest.err());

        CliRun again = CliRun.of("ingest", "--data", data, "--quiet", pages.toString());
        assertTrue(again.err().contains("1 unchanged"), again.err());

        CliRun search = CliRun.of("search", "--data", data, "--json", "بوتن");
        assertEquals(0, search.exitCode(), search.err());
        List<JsonNode> hits = json(search.out());
        assertEquals(2, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.path("matches").size() > 0), search.out());

        CliRun filtered = CliRun.of("search", "--data", data, "--json", "--outlet", "alyaum", "بوتن");
        assertEquals(1, json(filtered.out()).size());

        CliRun bad = CliRun.of("search", "--data", data, "(بوتين");
        assertEquals(2, bad.exitCode(), "a query syntax error is a usage error");
        assertTrue(bad.err().contains("cannot parse"), bad.err());

        CliRun entities = CliRun.of("entities", "--data", data, "--json", "--type", "PER");
        JsonNode putin = json(entities.out()).stream().filter(e -> e.path("id").asText().equals("vladimir-putin"))
                .findFirst().orElseThrow();
        assertEquals(2, putin.path("articles").asInt());

        CliRun stories = CliRun.of("stories", "--data", data, "--json");
        assertEquals(2, json(stories.out()).stream().mapToInt(s -> s.path("articles").size()).sum());

        CliRun stats = CliRun.of("stats", "--data", data, "--json");
        JsonNode s = json(stats.out()).get(0);
        assertEquals(2, s.path("articles").asInt());
        assertEquals(0, s.path("duplicate_articles").asInt());
        assertTrue(s.path("views_fresh").asBoolean());
    }

    @Test
    void readingAStoreThatIsNotThereIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("no-store-here");
        for (String command : List.of("search", "stories", "entities", "stats", "timeline")) {
            CliRun run = CliRun.of(command, "--data", missing.toString());
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("no store at " + missing), run.err());
        }
        assertTrue(java.nio.file.Files.notExists(missing), "nothing is created by a reader");
    }

    @Test
    void ingestTakesPagesOrAJobsTablesNotBothNorNeither() throws IOException {
        String data = dir.resolve("data").toString();
        Path page = Files.writeString(dir.resolve("page.txt"), "وصل الرئيس الروسي إلى بيونغ يانغ في زيارة رسمية.", StandardCharsets.UTF_8);

        CliRun neither = CliRun.of("ingest", "--data", data);
        CliRun both = CliRun.of("ingest", "--data", data, "--parquet", dir.toString(), page.toString());
        CliRun noTables = CliRun.of("ingest", "--data", data, "--parquet", dir.resolve("no-job-here").toString());

        assertEquals(2, neither.exitCode(), neither.err());
        assertEquals(2, both.exitCode(), both.err());
        assertEquals(1, noTables.exitCode(), noTables.err());
        assertTrue(noTables.err().contains(dir.resolve("no-job-here") + ": no 'articles' table"), noTables.err());
        assertTrue(Files.notExists(Path.of(data)), "no store is made from nothing");
    }

    private static List<JsonNode> json(String lines) {
        ObjectMapper m = new ObjectMapper();
        return lines.lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }
}

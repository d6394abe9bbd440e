package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDedupCommandTest {

    @TempDir
    Path dir;

    private static final String RELEASE = "أعلنت وزارة الصحة اليوم تسجيل ثلاث حالات جديدة من فيروس كورونا في منطقة الرياض "
            + "وقالت الوزارة إن المصابين يتلقون العلاج في مستشفى الملك فهد وإن حالتهم مستقرة";

    private void dump(String name, String json) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void headlineOnlyItemsAreMatchedOnTheirHeadlinesAndBadInputIsSkipped() throws IOException {
        dump("2015-07-21.json.gz", """
                [{"source": "okaz", "url": "u1", "date_extracted": "2015-07-21 10:00:00", "title": "كورونا في الرياض", "content": "%s"},
                 {"source": "sabq", "url": "u2", "date_extracted": "2015-07-21 11:00:00", "title": "ثلاث حالات كورونا", "content": "%s"},
                 {"source": "okaz", "url": "u3", "date_extracted": "2015-07-21 12:00:00", "title": "الهلال يفوز على النصر", "content": ""},
                 {"source": "sabq", "url": "u4", "date_extracted": "2015-07-21 13:00:00", "title": "أمطار رعدية على جازان", "content": ""},
                 {"source": "sabq", "url": "u5", "date_extracted": "2015-07-21 14:00:00"}]
                """.formatted(RELEASE, RELEASE));
        Files.write(dir.resolve("2015-07-22.json.gz"), new byte[] {1, 2, 3});

        CliRun run = CliRun.of("eval", "dedup", "--data", dir.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        // the one true pair is the republished release; the two headline-only items differ
        assertEquals(1, o.get("n").asInt(), run.out());
        assertEquals(1.0, o.get("precision").asDouble(), 1e-9);
        assertEquals(1.0, o.get("recall").asDouble(), 1e-9);
        assertTrue(run.err().contains("2015-07-21.json.gz#4"), run.err());
        assertTrue(run.err().contains("2015-07-22.json.gz"), run.err());
    }

    @Test
    void manyEmptyRecordsAreShownFirstThenCounted() throws IOException {
        StringBuilder json = new StringBuilder("[{\"source\": \"okaz\", \"url\": \"u1\", \"title\": \"كورونا في الرياض\", \"content\": \"%s\"}".formatted(RELEASE));
        for (int i = 0; i < 5; i++) {
            json.append(", {\"source\": \"okaz\", \"url\": \"e").append(i).append("\"}");
        }
        dump("2015-07-21.json.gz", json.append("]").toString());

        CliRun run = CliRun.of("eval", "dedup", "--data", dir.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("#3:"), run.err());
        assertTrue(!run.err().contains("#4:") && run.err().contains("2 more; 5 records"), run.err());
    }

    @Test
    void aDirectoryWhoseDumpsHoldNoArticleIsAnErrorNotAPerfectScore() throws IOException {
        Files.write(dir.resolve("2015-07-21.json.gz"), new byte[] {1, 2, 3});

        CliRun run = CliRun.of("eval", "dedup", "--data", dir.toString(), "--json");

        assertTrue(run.exitCode() != 0, run.out());
        assertTrue(run.err().contains("no article could be read"), run.err());
    }
}

package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String PAGE = String.join("\n",
            "افتتاح جسر جديد فوق النيل في القاهرة",
            "تاريخ النشر: 2025/04/01",
            "افتتح رئيس الوزراء اليوم جسرا جديدا فوق نهر النيل يربط ضفتي العاصمة ويخفف الزحام.",
            "وقال إن المشروع استغرق ثلاث سنوات.");

    @TempDir
    Path dir;

    @Test
    void badInputsAreReportedAndSkippedAndTheRestIsProcessed() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), PAGE);
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        byte[] utf8 = "نص عربي سليم ثم بايت مكسور".getBytes(StandardCharsets.UTF_8);
        utf8[10] = (byte) 0xFF;
        Files.write(dir.resolve("d-invalid-utf8.txt"), utf8);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("e-huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: no 200 MB written to disk
        }
        Files.createSymbolicLink(dir.resolve("f-dangling.txt"), dir.resolve("nowhere.txt"));
        Files.write(dir.resolve("g-windows-1256.txt"), PAGE.getBytes(Charset.forName("windows-1256")));

        CliRun run = CliRun.of("extract", dir.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(3, run.lines(), "the two good pages and the damaged one, one article each:\n" + run.out());
        for (String bad : List.of("b-empty.txt", "c-binary.txt", "e-huge.txt", "f-dangling.txt")) {
            assertTrue(run.err().contains("skipped " + dir.resolve(bad)), bad + " is reported: " + run.err());
        }
        assertTrue(run.err().contains("warning: " + dir.resolve("d-invalid-utf8.txt") + ": invalid UTF-8 at byte 9"),
                "the damaged page is read with a warning: " + run.err());
        assertTrue(run.err().contains("empty"), run.err());
        assertTrue(run.err().contains("binary"), run.err());
        assertTrue(run.err().contains("too large"), run.err());
        assertFalse(run.err().contains("a-good.txt"));
        assertFalse(run.err().contains("g-windows-1256.txt"));
    }

    @Test
    void aPageReadWithAWarningAloneExitsZero() throws IOException {
        byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);
        utf8[utf8.length - 3] = (byte) 0xFF;
        Files.write(dir.resolve("damaged.txt"), utf8);
        CliRun run = CliRun.of("extract", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.lines(), run.out());
        assertTrue(run.err().contains("warning: " + dir.resolve("damaged.txt") + ": invalid UTF-8"), run.err());
    }

    @Test
    void windows1256PageGivesTheSameArticleAsUtf8() throws IOException {
        Files.writeString(dir.resolve("utf8.txt"), PAGE);
        Files.write(dir.resolve("cp1256.txt"), PAGE.getBytes(Charset.forName("windows-1256")));
        JsonNode utf8 = json(CliRun.of("extract", dir.resolve("utf8.txt").toString()).out());
        JsonNode legacy = json(CliRun.of("extract", dir.resolve("cp1256.txt").toString()).out());
        assertEquals(utf8.get("title"), legacy.get("title"));
        assertEquals(utf8.get("paragraphs"), legacy.get("paragraphs"));
        assertEquals("2025-04-01", legacy.get("published").asText());
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Files.writeString(dir.resolve("page.txt"), PAGE);
        CliRun run = CliRun.of("extract", "--explain", dir.resolve("page.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode a = json(run.out());
        for (String field : List.of("id", "source", "position", "role", "title", "published", "published_from", "outlet",
                "section", "byline", "agencies", "tags", "paragraphs", "captions", "related", "language", "blocks")) {
            assertTrue(a.has(field), "field " + field + " in " + a);
        }
        assertEquals("main", a.get("role").asText());
        assertEquals("ar", a.get("language").asText());
        assertEquals(4, a.get("blocks").size());
        assertEquals("title", a.get("blocks").get(0).get("label").asText());
        assertTrue(run.out().contains("افتتاح جسر"), "Arabic is written unescaped");
    }

    @Test
    void withoutExplainThereAreNoBlocks() throws IOException {
        Files.writeString(dir.resolve("page.txt"), PAGE);
        JsonNode a = json(CliRun.of("extract", dir.resolve("page.txt").toString()).out());
        assertFalse(a.has("blocks"));
    }

    @Test
    void missingPathIsABadInputAndUnknownOptionIsAUsageError() {
        CliRun missing = CliRun.of("extract", dir.resolve("absent.txt").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("absent.txt"), missing.err());
        assertEquals(2, CliRun.of("extract", "--no-such-option", "x").exitCode());
        assertEquals(2, CliRun.of("extract").exitCode());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("extract", "demo", "bench")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: marsad " + command), run.out());
        }
    }

    private static JsonNode json(String line) throws IOException {
        return new ObjectMapper().readTree(line.lines().findFirst().orElseThrow());
    }
}

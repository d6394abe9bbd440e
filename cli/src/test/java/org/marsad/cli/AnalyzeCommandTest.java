package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void analyzeAddsEntitiesWithMentionOffsets() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "بوتين يزور بيونغ يانغ\nوصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ اليوم.\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"entities\":[{\"id\":\"vladimir-putin\""), run.out());
        assertTrue(run.out().contains("\"name_en\":\"Pyongyang\""), run.out());
        assertTrue(run.out().contains("{\"text\":\"فلاديمير بوتين\",\"start\":18,\"end\":32"), run.out());
    }

    @Test
    void evalNerScoresExactSpans() throws Exception {
        Path conll = dir.resolve("ner.txt");
        Files.writeString(conll, String.join("\n",
                "قال O", "بوتين B-PERS", "في O", "موسكو B-LOC", "إن O", "سميث B-PERS", "جاء O", ". O", ""),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "ner", "--conll", conll.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\"precision\": 1.0000, \"recall\": 0.6667, \"f1\": 0.8000, \"n\": 3"), run.out());
    }

    @Test
    void analyzeResolvesTimesAgainstThePublicationDate() throws Exception {
        Path page = dir.resolve("dated.txt");
        Files.writeString(page, String.join("\n",
                "وزير الخارجية يزور موسكو",
                "تاريخ النشر: 2024/06/10",
                "وصل وزير الخارجية إلى موسكو أمس في زيارة تستمر يومين، بعد لقاء مماثل في يوليو 2023.", ""),
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("{\"text\":\"أمس\",\"start\":28,\"end\":31,\"type\":\"DATE\",\"value\":\"2024-06-09\"}"), run.out());
        assertTrue(run.out().contains("\"value\":\"2023-07\""), run.out());
    }
}

package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {

    private static final String TEXT = "The harbour authority said on Monday that the new quay, which took three years to build, "
            + "will open to ships next spring, and that fishermen would pay lower fees for small boats.";

    @TempDir
    Path dir;

    /** A pairs data set of two pages: one Marsad gets right, one whose gold it cannot find. */
    private Path dataSet() throws IOException {
        Files.createDirectories(dir.resolve("input"));
        Files.createDirectories(dir.resolve("GoldStandard"));
        for (String id : new String[] {"right", "wrong"}) {
            Files.writeString(dir.resolve("input/" + id + ".html"), "<html><body><article><p>" + TEXT + "</p></article></body></html>");
        }
        Files.writeString(dir.resolve("GoldStandard/right.txt"), TEXT);
        Files.writeString(dir.resolve("GoldStandard/wrong.txt"), "Words that the page does not hold, none of them, anywhere at all.");
        return dir;
    }

    @Test
    void worstListsTheCostliestPagesWithTheirFigures() throws IOException {
        CliRun run = CliRun.of("eval", "extract", dataSet().toString(), "--marsad-only", "--worst", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("marsad's 1 costliest pages:"), run.out());
        assertTrue(run.out().contains("wrong"), run.out());
        assertTrue(run.out().contains("F1 0.000"), run.out());
        assertFalse(run.out().contains("readability4j"), "--marsad-only runs no peer: " + run.out());
    }

    @Test
    void jsonCarriesTheWorstPages() throws IOException {
        CliRun run = CliRun.of("eval", "extract", dataSet().toString(), "--marsad-only", "--worst", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(2, o.get("n").asInt());
        assertEquals("wrong", o.get("worst").get(0).get("id").asText());
        assertEquals("right", o.get("worst").get(1).get("id").asText());
    }
}

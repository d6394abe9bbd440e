package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.time.TemporalTagger;

class EvalTimeCommandTest {

    /** The gold files at the root of the repository; tests run in the module directory. */
    private static final Path GOLD = Path.of("..", "eval", "time", "gold-ar.tml");
    private static final Path HELD_OUT = Path.of("..", "eval", "time", "heldout-ar.tml");
    private static final double TARGET_VALUE_F1 = 0.85;

    @TempDir
    Path dir;

    @Test
    void readsDocumentsAndOffsets() {
        List<TimexDocument> docs = TimexDocument.parseAll(
                "<!-- note --><DOC dct=\"2015-08-03\">قال <TIMEX3 type=\"DATE\" value=\"2015-08-02\">أمس</TIMEX3> إن</DOC>\n<DOC>نص</DOC>");
        assertEquals(2, docs.size());
        TimexDocument first = docs.get(0);
        assertEquals("قال أمس إن", first.text());
        assertEquals(List.of(new TimexDocument.Timex(4, 7, "DATE", "2015-08-02")), first.timexes());
        assertEquals(null, docs.get(1).dct());
    }

    @Test
    void scoresExtentAndValueApart() throws IOException {
        // أمس is found with the right span and value; the second gold tag spans one word too many.
        Path file = write("<DOC dct=\"2015-08-03\">قال <TIMEX3 type=\"DATE\" value=\"2015-08-02\">أمس</TIMEX3> "
                + "إن الاجتماع عقد <TIMEX3 type=\"DATE\" value=\"2015-07\">الشهر الماضي هنا</TIMEX3>.</DOC>");
        CliRun run = CliRun.of("eval", "time", file.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1.0, number(run.out(), "f1"), 1e-9);
        assertEquals(2, (int) number(run.out(), "n"));
        assertTrue(run.out().contains("\"extent\": {\"precision\": 0.5000"), run.out());
    }

    @Test
    void badFileIsReported() throws IOException {
        CliRun run = CliRun.of("eval", "time", write("no documents here").toString());
        assertEquals(MarsadCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no <DOC>"), run.err());
    }

    @Test
    void goldReachesTheTarget() throws IOException {
        for (Path gold : List.of(GOLD, HELD_OUT)) {
            TimeScore score = EvalTimeCommand.score(
                    TimexDocument.parseAll(Files.readString(gold, StandardCharsets.UTF_8)), TemporalTagger.standard());
            assertTrue(score.valueF1() >= TARGET_VALUE_F1, gold + ": value F1 " + score.valueF1());
        }
    }

    @Test
    void textOutputNamesBothScores() {
        CliRun run = CliRun.of("eval", "time", GOLD.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("extent  P"), run.out());
        assertTrue(run.out().contains("value   P"), run.out());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("gold.tml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ([0-9.]+)").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return Double.parseDouble(m.group(1));
    }
}

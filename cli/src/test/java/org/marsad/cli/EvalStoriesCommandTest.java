package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalStoriesCommandTest {

    @TempDir
    Path dir;

    private Path goldFile() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        String[][] rows = {
            {"h1", "hospital", "افتتاح مستشفى أبها الجديد بسعة 300 سرير", "افتتح أمير منطقة عسير اليوم مستشفى أبها الجديد بسعة 300 سرير، ويضم أقساما للطوارئ والعناية المركزة وجراحة القلب.", "okaz"},
            {"h2", "hospital", "أمير عسير يفتتح مستشفى أبها الجديد", "دشن أمير عسير مستشفى أبها الجديد الذي تبلغ سعته 300 سرير ويشمل العناية المركزة وجراحة القلب والطوارئ.", "alriyadh"},
            {"f1", "transfer", "الهلال يتعاقد مع المهاجم البرازيلي كارلوس لموسمين", "أعلن نادي الهلال التعاقد مع المهاجم البرازيلي كارلوس لمدة موسمين قادما من الدوري البرتغالي.", "aawsat"},
            {"w1", "weather", "أمطار رعدية على مرتفعات جازان", "توقعت الأرصاد هطول أمطار رعدية مصحوبة برياح نشطة على مرتفعات جازان ونجران.", "alwatan"},
        };
        for (String[] r : rows) {
            ObjectNode o = mapper.createObjectNode();
            o.put("id", r[0]).put("story", r[1]).put("title", r[2]).put("text", r[3]).put("published", "2015-07-21").put("outlet", r[4]);
            lines.add(mapper.writeValueAsString(o));
        }
        Path file = dir.resolve("gold.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonPrintsOneObjectWithBcubedFiguresAndTheBaseline() throws IOException {
        CliRun run = CliRun.of("eval", "stories", goldFile().toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.lines());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(4, o.get("n").asInt());
        assertEquals(1.0, o.get("f1").asDouble(), 1e-9);
        assertTrue(o.has("precision") && o.has("recall") && o.has("pair_f1"));
        assertTrue(o.get("order_independent").asBoolean());
        assertTrue(o.get("baseline").has("f1"));
    }

    @Test
    void textOutputSaysWhetherOrderMattered() throws IOException {
        CliRun run = CliRun.of("eval", "stories", goldFile().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("give the same stories: yes"), run.out());
    }

    @Test
    void aLineWithoutAStoryLabelIsReported() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"x\",\"text\":\"نص\"}\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "stories", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.jsonl:1"), run.err());
    }

    @Test
    void brokenLinesAreReportedAndSkippedAndTheRestScored() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(goldFile(), StandardCharsets.UTF_8));
        lines.add(2, "{\"id\": \"cut\", \"story\": ");
        lines.add(lines.get(0));
        Path file = dir.resolve("faulty.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "stories", file.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals(4, o.get("n").asInt());
        assertEquals(2, o.get("skipped_lines").asInt());
        assertEquals(1.0, o.get("f1").asDouble(), 1e-9);
        assertTrue(run.err().contains("faulty.jsonl:3: not a JSON object"), run.err());
        assertTrue(run.err().contains("faulty.jsonl:6: id \"h1\" was given on line 1 already"), run.err());
    }

    /** A directory with one dump in SaudiNewsNet's shape, holding the articles of the gold fixture. */
    private Path dumpOfGoldFile() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode dump = mapper.createArrayNode();
        for (String line : Files.readAllLines(goldFile(), StandardCharsets.UTF_8)) {
            JsonNode g = mapper.readTree(line);
            dump.addObject().put("url", "http://example.com/" + g.get("id").asText()).put("source", g.get("outlet").asText())
                    .put("date_extracted", "2015-07-21 09:00:00").put("title", g.get("title").asText()).put("content", g.get("text").asText());
        }
        Path data = Files.createDirectories(dir.resolve("dumps"));
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(data.resolve("2015-07-21.json.gz")))) {
            out.write(mapper.writeValueAsBytes(dump));
        }
        return data;
    }

    /** Writes first.tsv and second.tsv with these rows and scores them together over {@code data}. */
    private CliRun withTwoLabelFiles(Path data, String firstRows, String secondRows, String... more) throws IOException {
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");
        Files.writeString(first, firstRows, StandardCharsets.UTF_8);
        Files.writeString(second, secondRows, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("eval", "stories", "--build-from", data.toString(),
                "--labels", first.toString(), "--labels", second.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void severalLabelFilesAreScoredAsOneSetWithEachFilesLabelsKeptApart() throws IOException {
        // two label files that both name a story "x"
        ObjectMapper mapper = new ObjectMapper();
        Path data = dumpOfGoldFile();
        CliRun run = withTwoLabelFiles(data, hash("h1") + "\tx\n" + hash("h2") + "\tx\n",
                hash("f1") + "\tx\n" + hash("h1") + "\ty\n" + hash("gone") + "\tz\n" + hash("h2") + "\n", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = mapper.readTree(run.out());
        assertEquals(3, o.get("n").asInt());
        assertEquals(2, o.get("gold_stories").asInt(), "the hospital story of the first file, the transfer of the second");
        assertEquals(1.0, o.get("f1").asDouble(), 1e-9);
        assertTrue(run.err().contains("second.tsv: " + hash("h1") + " is labelled in"), run.err());
        assertTrue(run.err().contains("second.tsv: no article of " + data + " has the url hash " + hash("gone") + "; skipped"), run.err());
        assertTrue(run.err().contains("second.tsv: a row needs url-hash<TAB>label; skipped: " + hash("h2")), run.err());
    }

    @Test
    void withSeveralLabelFilesAJoinAcrossTwoFilesIsAlsoScoredWithinEachFile() throws IOException {
        // the two hospital articles are labelled in two files, so as one set their join counts wrong
        ObjectMapper mapper = new ObjectMapper();
        Path data = dumpOfGoldFile();
        String firstRows = hash("h1") + "\tx\n";
        String secondRows = hash("h2") + "\tx\n" + hash("f1") + "\ty\n";
        CliRun run = withTwoLabelFiles(data, firstRows, secondRows, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode o = mapper.readTree(run.out());
        assertEquals(3, o.get("gold_stories").asInt());
        assertEquals(2.0 / 3, o.get("precision").asDouble(), 1e-9, "h1 and h2 share a story of two labels");
        JsonNode within = o.get("within_label_files");
        assertEquals(1.0, within.get("marsad").get("precision").asDouble(), 1e-9);
        assertEquals(1.0, within.get("marsad").get("f1").asDouble(), 1e-9);
        assertTrue(within.has("baseline"), o.toString());
        CliRun text = withTwoLabelFiles(data, firstRows, secondRows);
        assertTrue(text.out().contains("pairs within one label file"), text.out());
        CliRun one = CliRun.of("eval", "stories", "--build-from", data.toString(), "--labels", dir.resolve("first.tsv").toString(), "--json");
        assertTrue(!mapper.readTree(one.out()).has("within_label_files"), one.out());
    }

    @Test
    void aSecondAnnotationIsScoredAgainstTheFirstOverTheArticlesBothLabel() throws IOException {
        Path data = dumpOfGoldFile();
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");
        Files.writeString(first, hash("h1") + "\thospital\n" + hash("h2") + "\thospital\n" + hash("f1") + "\ttransfer\n"
                + hash("w1") + "\tweather\n", StandardCharsets.UTF_8);
        // the second reader splits the hospital story and leaves the weather article out
        Files.writeString(second, hash("h1") + "\topening\n" + hash("h2") + "\tvisit\n" + hash("f1") + "\thilal\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "stories", "--build-from", data.toString(), "--labels", first.toString(),
                "--second-annotation", second.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode a = new ObjectMapper().readTree(run.out()).get("agreement");
        assertEquals(3, a.get("articles").asInt());
        JsonNode annotators = a.get("second_vs_first");
        assertEquals(3, annotators.get("n").asInt());
        assertEquals(1.0, annotators.get("precision").asDouble(), 1e-9, "the second never joins what the first keeps apart");
        assertEquals((1.0 / 2 + 1.0 / 2 + 1) / 3, annotators.get("recall").asDouble(), 1e-9);
        assertEquals(0.0, annotators.get("pair_recall").asDouble(), 1e-9, "the one true pair is split");
        assertEquals(1.0, a.get("marsad_vs_first").get("f1").asDouble(), 1e-9);
        assertEquals(annotators.get("recall").asDouble(), a.get("marsad_vs_second").get("precision").asDouble(), 1e-9,
                "Marsad agrees with the first reader, so against the second it loses what the second split");

        CliRun text = CliRun.of("eval", "stories", "--build-from", data.toString(), "--labels", first.toString(),
                "--second-annotation", second.toString());
        assertTrue(text.out().contains("second annotation (second.tsv): 3 of the 4 articles labelled by both"), text.out());
    }

    private static String hash(String id) {
        return EvalStoriesCommand.urlHash("http://example.com/" + id);
    }
}

package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.html.HtmlPageExtractor;

class ExtractEvaluationTest {

    @TempDir
    Path dir;

    private static final String TEXT = "The harbour authority said on Monday that the new quay, which took three years to build, "
            + "will open to ships next spring, and that fishermen would pay lower fees for small boats.";

    @Test
    void theSnippetScorerGivesThePageSnippetsMissedAndThoseWronglyKept() {
        List<List<String>> wrong = new SnippetScorer().add("alpha beta gamma", List.of("alpha", "delta"), List.of("gamma", "omega"));
        assertEquals(List.of(List.of("delta"), List.of("gamma")), wrong);
    }

    @Test
    void worstPagesOfAPairsDataSetComeCostliestFirst() throws IOException {
        Files.createDirectories(dir.resolve("input"));
        Files.createDirectories(dir.resolve("GoldStandard"));
        Files.writeString(dir.resolve("input/good.html"), "<html><body><article><p>" + TEXT + "</p></article></body></html>");
        Files.writeString(dir.resolve("GoldStandard/good.txt"), TEXT);
        Files.writeString(dir.resolve("input/bad.html"), "<html><body><article><p>" + TEXT + "</p></article></body></html>");
        Files.writeString(dir.resolve("GoldStandard/bad.txt"), "A text that the page does not hold at all, in any of its words.");

        ExtractEvaluation.Report r = new ExtractEvaluation(new HtmlPageExtractor(), List.of()).run(ExtractDataset.load(dir));

        List<PageResult> worst = r.worst(2);
        assertEquals(List.of("bad", "good"), worst.stream().map(PageResult::id).toList());
        assertEquals(1.0, worst.get(0).loss(), 1e-9);
        assertEquals(0.0, worst.get(1).loss(), 1e-9);
        assertEquals(1, r.worst(1).size());
    }
}

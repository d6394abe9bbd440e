package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {

    @TempDir
    Path dir;

    /** Invented names (nothing but the training data can teach them). */
    private static final String[] PEOPLE = {"سمورا", "كنداش", "ترماس", "بلقوني", "زرفان", "دملاس", "قنطوري", "شبلان", "جلمدار", "فرنوش"};
    private static final String[] PLACES = {"بندقان", "سلموران", "قرطاباد", "نيسمور", "دوفلان", "كرسماد", "تلمادو", "ورغان", "فرسنتان", "دربنتان"};

    /**
     * ANERcorp layout: a token and its tag a line, sentences ending at a full stop; {@code shift}
     * picks other names. Each sentence carries its own year, so no two documents are the same text.
     */
    private Path conll(String name, int sentences, int shift) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            String person = PEOPLE[(s + shift) % PEOPLE.length];
            String place = PLACES[(s * 3 + shift) % PLACES.length];
            lines.addAll(List.of("قال O", "المتحدث O", person + " B-PERS", "إنه O", "سافر O", "إلى O",
                    "مدينة O", place + " B-LOC", "في O", (2000 + s + shift) + " O", ". O"));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ([0-9.]+)").matcher(json);
        assertTrue(m.find(), json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aTrainedModelScoresTextItDidNotSee() throws IOException {
        Path train = conll("train.txt", 60, 0);
        Path model = dir.resolve("ner.bin.gz");
        CliRun trained = CliRun.of("train", "ner", "--conll", train.toString(), "--model", model.toString(), "--epochs", "5");
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(Files.size(model) > 0);
        assertTrue(trained.out().startsWith("wrote " + model), trained.out());

        CliRun scored = CliRun.of("eval", "ner", "--conll", conll("other.txt", 20, 5).toString(), "--model", model.toString(), "--json");
        assertEquals(0, scored.exitCode(), scored.err());
        assertTrue(number(scored.out(), "f1") >= 0.9, scored.out());
        assertTrue(scored.out().contains("\"tagger\": \"model\""), scored.out());
    }

    @Test
    void documentsTheModelWasTrainedOnAreLeftOut() throws IOException {
        Path data = conll("data.txt", 60, 0);
        Path model = dir.resolve("part.bin.gz");
        assertEquals(0, CliRun.of("train", "ner", "--conll", data.toString(), "--part", "train",
                "--model", model.toString(), "--epochs", "3").exitCode());
        CliRun dev = CliRun.of("eval", "ner", "--conll", data.toString(), "--part", "dev", "--model", model.toString(), "--json");
        assertEquals(0, dev.exitCode(), dev.err());
        assertTrue(dev.out().contains("\"left_out_trained\": 0"), dev.out());

        CliRun all = CliRun.of("eval", "ner", "--conll", data.toString(), "--model", model.toString(), "--json");
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.err().contains("2 of 3 documents") && all.err().contains("left out of the score"), all.err());

        CliRun same = CliRun.of("eval", "ner", "--conll", data.toString(), "--part", "train", "--model", model.toString());
        assertEquals(MarsadCli.EXIT_BAD_INPUT, same.exitCode());
        assertTrue(same.err().contains("nothing left to score"), same.err());
    }

    @Test
    void aFileThatIsNoModelIsReportedByName() throws IOException {
        Path notModel = dir.resolve("notes.txt");
        Files.writeString(notModel, "not a model", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "ner", "--conll", conll("x.txt", 5, 0).toString(), "--model", notModel.toString());
        assertEquals(MarsadCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(notModel.toString()) && run.err().contains("not a Marsad NER model"), run.err());
    }

    @Test
    void crossValidationTrainsOneModelPerFold() throws IOException {
        CliRun run = CliRun.of("eval", "ner", "--conll", conll("cv.txt", 60, 0).toString(), "--cross-validate", "3",
                "--epochs", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("fold 3/3"), run.err());
        assertEquals(120, (int) number(run.out(), "n"));
    }

    @Test
    void missingTrainingDataIsAUsageError() {
        CliRun run = CliRun.of("train", "ner", "--conll", dir.resolve("absent.txt").toString(), "--model", dir.resolve("m").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void analyzeTakesATrainedModel() throws IOException {
        Path model = dir.resolve("analyze.bin.gz");
        assertEquals(0, CliRun.of("train", "ner", "--conll", conll("a.txt", 40, 0).toString(), "--model", model.toString(),
                "--epochs", "3").exitCode());
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "خبر قصير\nقال المتحدث جلمدار إنه سافر إلى مدينة دربنتان أمس .\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", "--ner-model", model.toString(), page.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"name\":\"جلمدار\"") && run.out().contains("\"type\":\"PER\""), run.out());
    }
}

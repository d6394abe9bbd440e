package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.marsad.time.TemporalTagger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval time FILE [--json]}: runs the temporal tagger on every {@code <DOC dct=...>}
 * of a TIMEX3 gold file, anchored on its dct, and prints extent and value precision, recall and F1;
 * {@code f1} is the value F1, {@code n} the number of gold expressions.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"Score the temporal tagger on TIMEX3-annotated text:",
                "<DOC dct=\"2015-08-03\">... <TIMEX3 type=\"DATE\" value=\"2015-08-02\">أمس</TIMEX3> ...</DOC>",
                "Extent: exact span; value: overlapping span and equal value. f1 is the value F1."})
final class EvalTimeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the gold file")
    Path file;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<TimexDocument> docs;
        try {
            docs = TimexDocument.parseAll(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println("marsad: " + file + ": " + e.getMessage());
            return MarsadCli.EXIT_BAD_INPUT;
        }
        TimeScore score = score(docs, TemporalTagger.standard());
        print(score, docs.size(), spec.commandLine().getOut());
        return 0;
    }

    static TimeScore score(List<TimexDocument> docs, TemporalTagger tagger) {
        TimeScore score = new TimeScore();
        for (TimexDocument doc : docs) {
            score.add(doc.timexes(), tagger.tag(doc.text(), doc.dct()));
        }
        return score;
    }

    private void print(TimeScore s, int documents, PrintWriter out) {
        if (json) {
            out.println(String.format(Locale.ROOT,
                    "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"n\": %d, \"found\": %d, \"documents\": %d, "
                            + "\"extent\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}}",
                    s.valuePrecision(), s.valueRecall(), s.valueF1(), s.gold(), s.found(), documents,
                    s.extentPrecision(), s.extentRecall(), s.extentF1()));
        } else {
            out.println(String.format(Locale.ROOT, "documents %d, gold expressions %d, found %d", documents, s.gold(), s.found()));
            out.println(String.format(Locale.ROOT, "extent  P %.3f  R %.3f  F1 %.3f", s.extentPrecision(), s.extentRecall(), s.extentF1()));
            out.println(String.format(Locale.ROOT, "value   P %.3f  R %.3f  F1 %.3f", s.valuePrecision(), s.valueRecall(), s.valueF1()));
        }
        out.flush();
    }
}

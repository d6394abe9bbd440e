package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.eval.ExtractDataset;
import org.marsad.eval.ExtractEvaluation;
import org.marsad.eval.Extractors;
import org.marsad.eval.PageResult;
import org.marsad.eval.Score;
import org.marsad.extract.html.HtmlPageExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad eval extract DIR [--json]}: HTML extraction scored against a data set's gold, beside peers. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Score HTML extraction on a data set: scrapinghub-aeb (html/ + ground-truth.json),",
                "trafilatura-eval (tests/evaldata.json) or pairs (input/ + GoldStandard/).",
                "Marsad, readability4j and boilerpipe run in the same run on the same pages."})
final class EvalExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the data set's directory")
    Path dir;

    @Option(names = "--json", description = "print one JSON object: precision, recall, f1, n, peers")
    boolean json;

    @Option(names = "--worst", paramLabel = "N", description = "also list Marsad's N costliest pages with what went "
            + "wrong on each (snippets missed or wrongly kept; or the page's P/R/F1)")
    int worst;

    @Option(names = "--marsad-only", description = "run Marsad alone, without the peers (faster; for studying failures)")
    boolean marsadOnly;

    /** A snippet longer than this is cut in the --worst listing. */
    private static final int SHOWN_SNIPPET_CHARS = 120;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExtractDataset data = ExtractDataset.load(dir);
        HtmlPageExtractor marsad = new HtmlPageExtractor();
        long start = System.nanoTime();
        ExtractEvaluation.Report r = new ExtractEvaluation(marsad,
                marsadOnly ? List.of() : Extractors.all().subList(1, 3)).run(data);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        Score m = r.scores().get("marsad");
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("dataset", r.layout().description());
            o.put("precision", m.precision());
            o.put("recall", m.recall());
            o.put("f1", m.f1());
            o.put("n", m.n());
            o.put("unreadable", r.unreadable());
            ObjectNode peers = o.putObject("peers");
            for (Map.Entry<String, Score> e : r.scores().entrySet()) {
                if (!e.getKey().equals("marsad")) {
                    ObjectNode p = peers.putObject(e.getKey());
                    p.put("precision", e.getValue().precision());
                    p.put("recall", e.getValue().recall());
                    p.put("f1", e.getValue().f1());
                }
            }
            ObjectNode published = o.putObject("published_f1");
            ExtractEvaluation.PUBLISHED.get(r.layout()).forEach(published::put);
            ObjectNode stored = o.putObject("stored_outputs_f1");
            r.storedOutputs().forEach((name, score) -> stored.put(name, Math.round(score.f1() * 1000) / 1000.0));
            ObjectNode metadata = o.putObject("metadata_accuracy");
            r.metadata().forEach((k, v) -> metadata.put(k, v[0]));
            if (worst > 0) {
                ArrayNode pages = o.putArray("worst");
                for (PageResult p : r.worst(worst)) {
                    ObjectNode page = pages.addObject();
                    page.put("id", p.id());
                    page.put("url", p.url());
                    page.put("loss", p.loss());
                    page.put("summary", p.summary());
                    p.missed().forEach(page.putArray("missed")::add);
                    p.unwanted().forEach(page.putArray("unwanted")::add);
                }
            }
            out.println(mapper.writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "eval extract: %s, %d pages (%d unreadable), %.1f s%n", r.layout().description(),
                    m.n(), r.unreadable(), seconds);
            out.printf(Locale.ROOT, "  %-22s %9s %9s %9s%n", "extractor", "precision", "recall", "F1");
            for (Map.Entry<String, Score> e : r.scores().entrySet()) {
                Score s = e.getValue();
                out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f%s%n", e.getKey(), s.precision(), s.recall(), s.f1(),
                        e.getKey().equals("marsad") ? "" : "   (same run)");
            }
            for (Map.Entry<String, Double> e : ExtractEvaluation.PUBLISHED.get(r.layout()).entrySet()) {
                out.printf(Locale.ROOT, "  %-22s %9s %9s %9.3f   (published)%n", e.getKey(), "", "", e.getValue());
            }
            for (Map.Entry<String, Score> e : r.storedOutputs().entrySet()) {
                Score s = e.getValue();
                out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f   (their stored output, scored here)%n",
                        e.getKey(), s.precision(), s.recall(), s.f1());
            }
            for (Map.Entry<String, double[]> e : r.metadata().entrySet()) {
                out.printf(Locale.ROOT, "  marsad %s accuracy: %.3f over %d pages with gold%n", e.getKey(), e.getValue()[0],
                        (int) e.getValue()[1]);
            }
            if (worst > 0) {
                printWorst(out, r.worst(worst));
            }
        }
        out.flush();
        return 0;
    }

    private static void printWorst(PrintWriter out, List<PageResult> pages) {
        out.printf(Locale.ROOT, "marsad's %d costliest pages:%n", pages.size());
        for (PageResult p : pages) {
            out.printf(Locale.ROOT, "  %s  %s  (%s)%n", p.id(), p.url(), p.summary());
            for (String s : p.missed()) {
                out.println("      missed:   " + shown(s));
            }
            for (String s : p.unwanted()) {
                out.println("      unwanted: " + shown(s));
            }
        }
    }

    private static String shown(String snippet) {
        String s = snippet.replaceAll("\\s+", " ").strip();
        return s.length() <= SHOWN_SNIPPET_CHARS ? s : s.substring(0, SHOWN_SNIPPET_CHARS) + "…";
    }
}

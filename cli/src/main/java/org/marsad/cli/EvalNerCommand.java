package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityType;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval ner --conll FILE}: entity-level precision, recall and F1 of the recognizer on
 * CoNLL data, per type and overall; a span counts when its words and type are exactly the gold's.
 * A mention covers the words it overlaps, so a name with a proclitic (وبوتين) covers its word as
 * the gold data tags it.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score the entity recognizer on CoNLL data (exact span and type; PER, LOC, ORG).",
                "FILE is a file or a directory of .txt files (AQMAR articles)."})
final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL file or directory")
    Path conll;

    @Option(names = "--format", defaultValue = "anercorp", description = "anercorp (default), aqmar or wojood")
    String format;

    @Option(names = "--part", defaultValue = "all",
            description = "all (default), dev (first 10% of documents) or test (the other 90%)")
    String part;

    @Option(names = "--json", description = "print one JSON object: precision, recall, f1, n and per type")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final double DEV_FRACTION = 0.1;

    @Override
    public Integer call() throws Exception {
        if (!List.of("anercorp", "aqmar", "wojood").contains(format) || !List.of("all", "dev", "test").contains(part)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format or --part");
        }
        if (!Files.exists(conll)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + conll);
        }
        List<ConllNerData.Document> docs = ConllNerData.read(conll, format);
        int devEnd = (int) Math.ceil(docs.size() * DEV_FRACTION);
        docs = switch (part) {
            case "dev" -> docs.subList(0, devEnd);
            case "test" -> docs.subList(devEnd, docs.size());
            default -> docs;
        };
        EntityRecognizer recognizer = new EntityRecognizer();
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
        for (ConllNerData.Document doc : docs) {
            score(doc, predict(recognizer, doc), counts);
        }
        print(spec.commandLine().getOut(), counts);
        return 0;
    }

    private static Set<ConllNerData.Span> predict(EntityRecognizer recognizer, ConllNerData.Document doc) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[doc.words().size()];
        int[] ends = new int[doc.words().size()];
        Set<Integer> sentenceStarts = new HashSet<>(doc.sentenceStarts());
        for (int i = 0; i < doc.words().size(); i++) {
            if (i > 0) {
                text.append(sentenceStarts.contains(i) ? '\n' : ' ');
            }
            starts[i] = text.length();
            text.append(doc.words().get(i));
            ends[i] = text.length();
        }
        Set<ConllNerData.Span> out = new HashSet<>();
        int w = 0;
        for (EntityMention m : recognizer.recognize(text.toString())) {
            while (w > 0 && ends[w - 1] > m.start()) {
                w--;
            }
            while (w < ends.length && ends[w] <= m.start()) {
                w++;
            }
            int last = w;
            while (last + 1 < starts.length && starts[last + 1] < m.end()) {
                last++;
            }
            if (w < ends.length) {
                out.add(new ConllNerData.Span(w, last + 1, m.entity().type()));
            }
        }
        return out;
    }

    private static void score(ConllNerData.Document doc, Set<ConllNerData.Span> predicted,
                              Map<EntityType, int[]> counts) {
        Set<ConllNerData.Span> gold = new HashSet<>(doc.gold());
        for (ConllNerData.Span p : predicted) {
            counts.get(p.type())[gold.contains(p) ? 0 : 1]++;
        }
        for (ConllNerData.Span g : gold) {
            if (!predicted.contains(g)) {
                counts.get(g.type())[2]++;
            }
        }
    }

    private void print(PrintWriter out, Map<EntityType, int[]> counts) {
        int[] all = new int[3];
        List<String> perType = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s%n", "type", "precision", "recall", "f1", "n"));
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
            double[] prf = prf(c);
            perType.add(String.format(Locale.ROOT, "\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"n\": %d}",
                    e.getKey(), prf[0], prf[1], prf[2], c[0] + c[2]));
            table.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d%n", e.getKey(), prf[0], prf[1], prf[2], c[0] + c[2]));
        }
        double[] prf = prf(all);
        if (json) {
            out.printf(Locale.ROOT, "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"n\": %d, \"tp\": %d, \"fp\": %d, \"fn\": %d, "
                            + "\"format\": \"%s\", \"part\": \"%s\", \"types\": {%s}}%n",
                    prf[0], prf[1], prf[2], all[0] + all[2], all[0], all[1], all[2], format, part, String.join(", ", perType));
        } else {
            out.print(table);
            out.printf(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d%n", "overall", prf[0], prf[1], prf[2], all[0] + all[2]);
        }
        out.flush();
    }

    /** Precision, recall and F1 of tp, fp, fn counts; 0 where undefined. */
    static double[] prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }
}

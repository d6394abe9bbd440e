package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityType;
import org.marsad.entity.tagger.ModelInfo;
import org.marsad.entity.tagger.PerceptronTagger;
import org.marsad.entity.tagger.PerceptronTrainer;
import org.marsad.entity.NameSpan;
import org.marsad.entity.tagger.TrainingText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval ner --conll FILE}: entity-level precision, recall and F1 of the recognizer on
 * CoNLL data, per type and overall; a span counts when its words and type are exactly the gold's.
 * The lexicon-and-rules recognizer by default, or with {@code --model} a tagger trained by
 * {@code marsad train ner}, scored by the same code.
 * A mention covers the words it overlaps, so a name with a proclitic (وبوتين) covers its word as
 * the gold data tags it.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Score the entity recognizer on CoNLL data (exact span and type; PER, LOC, ORG).",
                "FILE is a file or a directory of .txt files (AQMAR articles).",
                "The lexicon+rules recognizer by default; --model FILE scores a tagger from `marsad train ner`;",
                "--cross-validate K trains and scores K models (the training options below apply)."})
final class EvalNerCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConllArguments data;

    @Option(names = "--model", paramLabel = "FILE",
            description = {"score a tagger trained by `marsad train ner` instead of the lexicon+rules recognizer;",
                    "documents the model was trained on are left out of the score (and counted on stderr)"})
    Path model;

    @Option(names = "--json", description = "print one JSON object: precision, recall, f1, n and per type")
    boolean json;

    @Option(names = "--cross-validate", paramLabel = "K",
            description = {"train and score K times: the documents of --part cut into K runs of consecutive documents,",
                    "each scored by a model trained on the other K-1 (pooled counts; per-run F1 on stderr)"})
    int folds;

    @CommandLine.Mixin
    NerTrainingOptions training;

    @Option(names = "--errors", description = "list every missed (-) and spurious (+) span on stderr, with the words around it")
    boolean errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        data.check(spec);
        List<ConllNerData.Document> docs = data.documents(spec);
        if (folds != 0) {
            return crossValidate(docs);
        }
        Function<String, List<NameSpan>> tagger;
        ModelInfo info = null;
        if (model != null) {
            PerceptronTagger trained = PerceptronTagger.load(model);
            info = trained.info();
            tagger = trained::tag;
        } else {
            EntityRecognizer recognizer = new EntityRecognizer();
            tagger = text -> spans(recognizer.recognize(text));
        }
        Map<EntityType, int[]> counts = newCounts();
        int seen = 0;
        for (ConllNerData.Document doc : docs) {
            ConllNerData.Text text = doc.text();
            if (info != null && info.trainedOn(text.text())) {
                seen++;
                continue;
            }
            Set<ConllNerData.Span> predicted = predict(tagger, text);
            score(doc, predicted, counts);
            if (errors) {
                listErrors(doc, predicted, spec.commandLine().getErr());
            }
        }
        if (seen > 0) {
            spec.commandLine().getErr().printf("marsad: %d of %d documents of %s were in the model's training data (%s) "
                    + "and are left out of the score%n", seen, docs.size(), data.conll, info.description());
        }
        if (info != null && seen == docs.size()) {
            spec.commandLine().getErr().printf("marsad: nothing left to score: the model was trained on every document of --part %s%n", data.part);
            return MarsadCli.EXIT_BAD_INPUT;
        }
        print(spec.commandLine().getOut(), counts, seen);
        return 0;
    }

    private int crossValidate(List<ConllNerData.Document> docs) throws java.io.IOException {
        if (model != null || folds < 2 || folds > docs.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cross-validate takes K from 2 to the number of documents (" + docs.size() + "), and no --model");
        }
        PerceptronTrainer trainer = training.trainer(spec);
        PrintWriter err = spec.commandLine().getErr();
        Map<EntityType, int[]> pooled = newCounts();
        for (int k = 0; k < folds; k++) {
            int from = docs.size() * k / folds;
            int to = docs.size() * (k + 1) / folds;
            List<TrainingText> texts = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d < from || d >= to) {
                    texts.add(docs.get(d).trainingText());
                }
            }
            PerceptronTagger fold = trainer.train(texts, data.conll.getFileName() + " fold " + (k + 1) + "/" + folds, null);
            Map<EntityType, int[]> counts = newCounts();
            for (ConllNerData.Document doc : docs.subList(from, to)) {
                Set<ConllNerData.Span> predicted = predict(fold::tag, doc.text());
                score(doc, predicted, counts);
                if (errors) {
                    listErrors(doc, predicted, err);
                }
            }
            int[] c = total(counts);
            double[] prf = prf(c);
            err.printf(Locale.ROOT, "fold %d/%d: documents %d..%d, P %.4f R %.4f F1 %.4f (n %d)%n",
                    k + 1, folds, from + 1, to, prf[0], prf[1], prf[2], c[0] + c[2]);
            for (EntityType t : EntityType.values()) {
                for (int x = 0; x < 3; x++) {
                    pooled.get(t)[x] += counts.get(t)[x];
                }
            }
        }
        print(spec.commandLine().getOut(), pooled, 0);
        return 0;
    }

    private static Map<EntityType, int[]> newCounts() {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
        return counts;
    }

    private static int[] total(Map<EntityType, int[]> counts) {
        int[] all = new int[3];
        for (int[] c : counts.values()) {
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        }
        return all;
    }

    private static List<NameSpan> spans(List<EntityMention> mentions) {
        List<NameSpan> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(new NameSpan(m.start(), m.end(), m.entity().type()));
        }
        return out;
    }

    /** The predicted spans as word spans: a span covers every word it overlaps (وبوتين for بوتين). */
    private static Set<ConllNerData.Span> predict(Function<String, List<NameSpan>> tagger, ConllNerData.Text text) {
        Set<ConllNerData.Span> out = new HashSet<>();
        for (NameSpan s : tagger.apply(text.text())) {
            ConllNerData.Span words = text.words(s.start(), s.end(), s.type());
            if (words != null) {
                out.add(words);
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

    private static final int CONTEXT_WORDS = 3;

    private static void listErrors(ConllNerData.Document doc, Set<ConllNerData.Span> predicted, PrintWriter err) {
        Set<ConllNerData.Span> gold = new HashSet<>(doc.gold());
        List<ConllNerData.Span> all = new ArrayList<>(gold);
        all.addAll(predicted);
        all.sort(java.util.Comparator.comparingInt(ConllNerData.Span::start).thenComparingInt(ConllNerData.Span::end));
        for (ConllNerData.Span s : all) {
            boolean inGold = gold.contains(s);
            if (inGold == predicted.contains(s)) {
                continue;
            }
            List<String> w = doc.words();
            err.printf("%s %-3s %s [%s] %s%n", inGold ? "-" : "+", s.type(),
                    String.join(" ", w.subList(Math.max(0, s.start() - CONTEXT_WORDS), s.start())),
                    String.join(" ", w.subList(s.start(), s.end())),
                    String.join(" ", w.subList(s.end(), Math.min(w.size(), s.end() + CONTEXT_WORDS))));
        }
    }

    private void print(PrintWriter out, Map<EntityType, int[]> counts, int leftOut) {
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
                            + "\"format\": \"%s\", \"part\": \"%s\", \"tagger\": \"%s\", \"left_out_trained\": %d, \"types\": {%s}}%n",
                    prf[0], prf[1], prf[2], all[0] + all[2], all[0], all[1], all[2], data.format, data.part,
                    folds > 0 ? "cross-validated model" : model == null ? "rules" : "model", leftOut, String.join(", ", perType));
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

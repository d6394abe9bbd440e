package org.marsad.entity.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NameSpan;

/**
 * Trains a {@link PerceptronTagger}: two averaged structured perceptrons (Collins 2002) decoded by
 * Viterbi ({@link PerceptronModel}), the second reading the first one's tags over the whole text
 * ({@link WordFeatures#withDocument}).
 * <ol>
 *   <li>every training text is tokenized and its features hashed once; a word's gold tag says its
 *       place in the gold span it belongs to ({@link BilouTags}: B, I, L, or U alone), O otherwise;</li>
 *   <li>first stage, jackknifed: the texts are dealt into {@link #JACKKNIFE_FOLDS} folds, and each
 *       fold is tagged by a first-stage model trained on the other folds, so the second stage
 *       learns from first-stage tags as wrong as they will be on new text (tags from a model
 *       that saw the text would be nearly perfect, and the second stage would learn to trust
 *       them blindly); then the first stage is trained on all texts for use;</li>
 *   <li>second stage: trained on all texts with the document features of those jackknifed tags.</li>
 * </ol>
 * Each model: features seen fewer than {@code minFeatureCount} times are dropped; each epoch visits
 * the segments in an order shuffled by a {@link Random} with the given seed, decodes each with the
 * current weights, and where the best sequence is not the gold one adds the gold sequence's
 * features and transitions and subtracts the predicted ones; the model keeps the average of the
 * weights over every step (in closed form, w − u / c, where u accumulates each update times the
 * step it came at), which generalizes far better than the last weights; features left with no
 * weight are dropped. Same texts, options and seed give the same model, bit for bit.
 */
public final class PerceptronTrainer {

    /** Folds of the first stage's jackknife. */
    static final int JACKKNIFE_FOLDS = 4;
    private static final int T = BilouTags.COUNT;

    /** One epoch of the final models done: words mistagged during the epoch, and time taken. */
    public record EpochReport(String stage, int epoch, int wrongWords, int words, long millis) {
    }

    private final int epochs;
    private final long seed;
    private final int minFeatureCount;
    private final boolean documentStage;
    private final NameList names;
    private final WordClusters clusters;
    private final EntityRecognizer recognizer;

    /**
     * A trainer; {@code names} are the user's name lists ({@link NameList#EMPTY} for none),
     * {@code clusters} the word classes of the user's unlabeled text ({@link WordClusters#NONE} for none).
     */
    public PerceptronTrainer(int epochs, long seed, int minFeatureCount, NameList names, WordClusters clusters) {
        this(epochs, seed, minFeatureCount, true, names, clusters, new EntityRecognizer());
    }

    PerceptronTrainer(int epochs, long seed, int minFeatureCount, boolean documentStage, NameList names,
                      WordClusters clusters, EntityRecognizer recognizer) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
        }
        if (minFeatureCount < 1) {
            throw new IllegalArgumentException("the feature count cut-off must be at least 1, not " + minFeatureCount);
        }
        this.epochs = epochs;
        this.seed = seed;
        this.minFeatureCount = minFeatureCount;
        this.documentStage = documentStage;
        this.names = Objects.requireNonNull(names, "names");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    }

    /** Trains on {@code texts}; {@code description} says what they are (kept in the model). */
    public PerceptronTagger train(List<TrainingText> texts, String description, Consumer<EpochReport> progress) {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no training texts");
        }
        WordFeatures featureSet = new WordFeatures(recognizer, names, clusters);
        List<TaggerInput> inputs = new ArrayList<>(texts.size());
        List<int[]> gold = new ArrayList<>(texts.size());
        long[] fingerprints = new long[texts.size()];
        for (int x = 0; x < texts.size(); x++) {
            TaggerInput in = featureSet.extract(texts.get(x).text());
            inputs.add(in);
            gold.add(goldTags(in, texts.get(x).gold()));
            fingerprints[x] = ModelInfo.fingerprint(texts.get(x).text());
        }
        ModelInfo info = new ModelInfo(description, epochs, seed, minFeatureCount, fingerprints);
        List<Integer> all = new ArrayList<>();
        for (int x = 0; x < texts.size(); x++) {
            all.add(x);
        }
        if (!documentStage || texts.size() < JACKKNIFE_FOLDS) {
            return new PerceptronTagger(fit(inputs, gold, all, "local", progress), null, info, names, clusters, recognizer);
        }
        List<int[]> firstTags = new ArrayList<>(Collections.nCopies(texts.size(), (int[]) null));
        for (int fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int x : all) {
                (x % JACKKNIFE_FOLDS == fold ? held : train).add(x);
            }
            PerceptronModel m = fit(inputs, gold, train, "jackknife", null);
            for (int x : held) {
                firstTags.set(x, PerceptronTagger.decodeAll(m, inputs.get(x)));
            }
        }
        PerceptronModel local = fit(inputs, gold, all, "local", progress);
        List<TaggerInput> second = new ArrayList<>(texts.size());
        for (int x = 0; x < texts.size(); x++) {
            second.add(WordFeatures.withDocument(inputs.get(x), firstTags.get(x)));
        }
        inputs.clear();
        PerceptronModel document = fit(second, gold, all, "document", progress);
        return new PerceptronTagger(local, document, info, names, clusters, recognizer);
    }

    private record Segment(int text, int from, int to) {
    }

    /** One averaged perceptron on the texts numbered {@code use}. */
    private PerceptronModel fit(List<TaggerInput> inputs, List<int[]> gold, List<Integer> use, String stage,
                                Consumer<EpochReport> progress) {
        FeatureTable seen = new FeatureTable(1 << 16);
        int[] counts = new int[1 << 16];
        for (int x : use) {
            TaggerInput in = inputs.get(x);
            for (int k = 0; k < in.rowStart()[in.size()]; k++) {
                int f = seen.add(in.hashes()[k]);
                if (f == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[f]++;
            }
        }
        FeatureTable kept = new FeatureTable(seen.size());
        for (int f = 0; f < seen.size(); f++) {
            if (counts[f] >= minFeatureCount) {
                kept.add(seen.hash(f));
            }
        }
        int[][] ids = new int[inputs.size()][];
        List<Segment> segments = new ArrayList<>();
        int words = 0;
        int longest = 1;
        for (int x : use) {
            TaggerInput in = inputs.get(x);
            int[] row = new int[in.rowStart()[in.size()]];
            for (int k = 0; k < row.length; k++) {
                row[k] = kept.get(in.hashes()[k]);
            }
            ids[x] = row;
            for (int from = 0; from < in.size(); ) {
                int to = in.segmentEnd(from);
                segments.add(new Segment(x, from, to));
                from = to;
            }
            words += in.size();
            longest = Math.max(longest, in.size());
        }
        Averaged w = new Averaged(kept.size());
        Random random = new Random(seed);
        PerceptronModel.Scratch scratch = new PerceptronModel.Scratch();
        int[] predicted = new int[longest];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.nanoTime();
            Collections.shuffle(segments, random);
            int wrong = 0;
            for (Segment s : segments) {
                int[] rowStart = inputs.get(s.text).rowStart();
                PerceptronModel.decode(w.weights, w.transitions, ids[s.text], rowStart, s.from, s.to, predicted, scratch);
                wrong += w.update(ids[s.text], rowStart, gold.get(s.text), s.from, s.to, predicted);
                w.step++;
            }
            if (progress != null) {
                progress.accept(new EpochReport(stage, epoch, wrong, words, (System.nanoTime() - start) / 1_000_000));
            }
        }
        return w.averagedModel(kept);
    }

    /** Gold tags of the words of one text: each gold span's words tagged by their place in it (B I L, or U). */
    static int[] goldTags(TaggerInput in, List<NameSpan> gold) {
        int[] tags = new int[in.size()];
        List<NameSpan> spans = new ArrayList<>(gold);
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        int w = 0;
        for (NameSpan s : spans) {
            while (w < in.size() && in.tokens().end(w) <= s.start()) {
                w++;
            }
            int end = w;
            while (end < in.size() && in.tokens().start(end) < s.end() && (end == w || !in.segmentStart()[end])) {
                end++; // a name never crosses a line
            }
            boolean free = end > w;
            for (int k = w; k < end; k++) {
                free &= tags[k] == BilouTags.O;
            }
            if (free) {
                for (int k = w; k < end; k++) {
                    tags[k] = BilouTags.of(s.type(), k - w, end - w);
                }
            }
        }
        return tags;
    }

    /** Current and accumulated weights of the averaged perceptron. */
    private static final class Averaged {
        final float[] weights;
        final double[] accumulated;
        final float[] transitions = new float[(T + 1) * T];
        final double[] accumulatedTransitions = new double[(T + 1) * T];
        long step = 1;

        Averaged(int features) {
            weights = new float[features * T];
            accumulated = new double[features * T];
        }

        /** Perceptron update where the prediction differs from gold; returns the words tagged wrong. */
        int update(int[] ids, int[] rowStart, int[] gold, int from, int to, int[] predicted) {
            int wrong = 0;
            int prevGold = BilouTags.START;
            int prevPred = BilouTags.START;
            for (int word = from; word < to; word++) {
                int g = gold[word];
                int p = predicted[word];
                if (g != p) {
                    wrong++;
                    for (int k = rowStart[word]; k < rowStart[word + 1]; k++) {
                        int f = ids[k];
                        if (f >= 0) {
                            add(weights, accumulated, f * T + g, 1);
                            add(weights, accumulated, f * T + p, -1);
                        }
                    }
                }
                if (g != p || prevGold != prevPred) {
                    add(transitions, accumulatedTransitions, prevGold * T + g, 1);
                    add(transitions, accumulatedTransitions, prevPred * T + p, -1);
                }
                prevGold = g;
                prevPred = p;
            }
            return wrong;
        }

        private void add(float[] w, double[] acc, int at, int delta) {
            w[at] += delta;
            acc[at] += (double) step * delta;
        }

        PerceptronModel averagedModel(FeatureTable kept) {
            FeatureTable used = new FeatureTable(kept.size());
            float[] avg = new float[kept.size() * T];
            int out = 0;
            for (int f = 0; f < kept.size(); f++) {
                boolean any = false;
                for (int t = 0; t < T; t++) {
                    float v = (float) (weights[f * T + t] - accumulated[f * T + t] / step);
                    avg[out * T + t] = v;
                    any |= v != 0;
                }
                if (any) {
                    used.add(kept.hash(f));
                    out++;
                }
            }
            float[] trans = new float[(T + 1) * T];
            for (int k = 0; k < trans.length; k++) {
                trans[k] = (float) (transitions[k] - accumulatedTransitions[k] / step);
            }
            return new PerceptronModel(used, Arrays.copyOf(avg, out * T), trans);
        }
    }
}

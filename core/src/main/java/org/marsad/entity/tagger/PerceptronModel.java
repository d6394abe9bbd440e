package org.marsad.entity.tagger;

import java.util.Objects;

/**
 * The weights of a structured perceptron over {@link BilouTags}: one weight per (feature, tag) and
 * one per (previous tag, tag) transition. A word's score for a tag is the sum of the weights of its
 * features for that tag; a segment's tags are the sequence with the highest total score of word
 * scores and transitions, found by Viterbi.
 *
 * <p>Why Viterbi and not greedy left-to-right decoding: with 13 tags a Viterbi step is 169 additions
 * per word, nothing beside the feature sums, and it finds the best sequence rather than committing
 * to a tag before seeing the next word's evidence (a word read as O can no longer become the B of a
 * two-word name whose second word is the telling one). It also enforces well-formed tag sequences
 * ({@link BilouTags}) exactly. Training uses the same decoder, as Collins' structured perceptron does.
 *
 * <p>Immutable once built; {@link #decode} keeps its state in the caller's {@link Scratch}.
 */
final class PerceptronModel {

    private static final int T = BilouTags.COUNT;
    private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;

    private final FeatureTable features;
    /** Feature f, tag t at {@code f * T + t}. */
    private final float[] weights;
    /** Previous tag p (or {@link BilouTags#START}), tag t at {@code p * T + t}. */
    private final float[] transitions;

    PerceptronModel(FeatureTable features, float[] weights, float[] transitions) {
        this.features = Objects.requireNonNull(features, "features");
        if (weights.length != features.size() * T || transitions.length != (T + 1) * T) {
            throw new IllegalArgumentException("weights for " + features.size() + " features and " + T + " tags expected");
        }
        this.weights = weights;
        this.transitions = transitions;
    }

    FeatureTable features() {
        return features;
    }

    float[] weights() {
        return weights;
    }

    float[] transitions() {
        return transitions;
    }

    /** Per-call buffers, reused across segments of one text. */
    static final class Scratch {
        double[] scores = new double[0];
        double[] best = new double[0];
        int[] back = new int[0];
        int[] ids = new int[0];

        void ensure(int words) {
            if (scores.length < words * T) {
                scores = new double[words * T];
                best = new double[words * T];
                back = new int[words * T];
            }
        }
    }

    /** The feature indices of the input's hashes, -1 for features the model never saw. */
    int[] ids(TaggerInput in) {
        int[] ids = new int[in.rowStart()[in.size()]];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = features.get(in.hashes()[k]);
        }
        return ids;
    }

    /** Tags words {@code [from, to)} into {@code tags}, with the model's own weights. */
    void decode(int[] ids, int[] rowStart, int from, int to, int[] tags, Scratch s) {
        decode(weights, transitions, ids, rowStart, from, to, tags, s);
    }

    /** Viterbi over words {@code [from, to)} with the given weights (the trainer passes its current ones). */
    static void decode(float[] weights, float[] transitions, int[] ids, int[] rowStart, int from, int to,
                       int[] tags, Scratch s) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        s.ensure(n);
        double[] scores = s.scores;
        for (int w = 0; w < n; w++) {
            int base = w * T;
            for (int t = 0; t < T; t++) {
                scores[base + t] = 0;
            }
            for (int k = rowStart[from + w]; k < rowStart[from + w + 1]; k++) {
                int f = ids[k];
                if (f >= 0) {
                    int wb = f * T;
                    for (int t = 0; t < T; t++) {
                        scores[base + t] += weights[wb + t];
                    }
                }
            }
        }
        double[] best = s.best;
        int[] back = s.back;
        for (int t = 0; t < T; t++) {
            best[t] = BilouTags.allowed(BilouTags.START, t) ? scores[t] + transitions[BilouTags.START * T + t] : FORBIDDEN;
            back[t] = BilouTags.START;
        }
        for (int w = 1; w < n; w++) {
            int base = w * T;
            int prevBase = base - T;
            for (int t = 0; t < T; t++) {
                double top = FORBIDDEN;
                int arg = BilouTags.O;
                for (int p = 0; p < T; p++) {
                    if (!BilouTags.allowed(p, t) || best[prevBase + p] == FORBIDDEN) {
                        continue;
                    }
                    double v = best[prevBase + p] + transitions[p * T + t];
                    if (v > top) {
                        top = v;
                        arg = p;
                    }
                }
                best[base + t] = top == FORBIDDEN ? FORBIDDEN : top + scores[base + t];
                back[base + t] = arg;
            }
        }
        int lastBase = (n - 1) * T;
        int arg = BilouTags.O;
        for (int t = 1; t < T; t++) {
            if (BilouTags.closes(t) && best[lastBase + t] > best[lastBase + arg]) {
                arg = t;
            }
        }
        for (int w = n - 1; w >= 0; w--) {
            tags[from + w] = arg;
            arg = back[w * T + arg];
        }
    }
}

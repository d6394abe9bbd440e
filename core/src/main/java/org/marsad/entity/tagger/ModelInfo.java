package org.marsad.entity.tagger;

import java.util.Arrays;

/**
 * What a model was trained on and how: a description given by the trainer (the data file, the
 * part), epochs, shuffle seed, the feature count cut-off, and a fingerprint of every training text,
 * so that an evaluation can leave out texts the model has seen ({@link #trainedOn}).
 */
public record ModelInfo(String description, int epochs, long seed, int minFeatureCount, long[] fingerprints) {

    public ModelInfo {
        fingerprints = fingerprints.clone();
        Arrays.sort(fingerprints);
    }

    /** Whether {@code text} was one of the training texts (by fingerprint). */
    public boolean trainedOn(String text) {
        return Arrays.binarySearch(fingerprints, fingerprint(text)) >= 0;
    }

    public int trainingTexts() {
        return fingerprints.length;
    }

    /** A 64-bit fingerprint of a text. */
    static long fingerprint(String text) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.template(-1), text));
    }

    @Override
    public long[] fingerprints() {
        return fingerprints.clone();
    }
}

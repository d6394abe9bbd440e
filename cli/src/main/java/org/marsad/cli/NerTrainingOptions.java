package org.marsad.cli;

import org.marsad.entity.tagger.PerceptronTrainer;

import picocli.CommandLine.Option;

/** The options of the perceptron trainer, shared by {@code train ner} and {@code eval ner --cross-validate}. */
final class NerTrainingOptions {

    @Option(names = "--epochs", description = "passes over the training data (default: ${DEFAULT-VALUE})")
    int epochs = 12;

    @Option(names = "--seed", description = "seed of the shuffle of each epoch (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--min-count", description = "drop features seen fewer times than this in training (default: ${DEFAULT-VALUE})")
    int minCount = 1;

    /** The trainer, or a usage error message when an option is out of range. */
    PerceptronTrainer trainer() {
        if (epochs < 1 || minCount < 1) {
            throw new IllegalArgumentException("--epochs and --min-count must be at least 1");
        }
        return new PerceptronTrainer(epochs, seed, minCount);
    }
}

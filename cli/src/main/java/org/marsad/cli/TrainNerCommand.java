package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.marsad.entity.tagger.PerceptronTagger;
import org.marsad.entity.tagger.PerceptronTrainer;
import org.marsad.entity.tagger.TrainingText;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train ner --conll FILE --model OUT}: trains the averaged-perceptron tagger
 * ({@link PerceptronTrainer}) on CoNLL data and writes the model. The file is written next to OUT
 * first and moved into place at the end, so a failed run leaves no half model behind.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Train a named-entity tagger (averaged perceptron, lexicon and rule features) on CoNLL data.",
                "Score it with `marsad eval ner --conll FILE --model OUT`; use it with `marsad analyze --ner-model OUT`.",
                "Honest protocol on one data set: train on --part train (90%% of documents), score on --part dev (the 10%% held out)."})
final class TrainNerCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConllArguments data;

    @Option(names = "--model", required = true, paramLabel = "OUT", description = "model file to write (e.g. ner-model.bin.gz)")
    Path model;

    @CommandLine.Mixin
    NerTrainingOptions training;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        data.check(spec);
        PerceptronTrainer trainer = training.trainer(spec);
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<ConllNerData.Document> docs = data.documents(spec);
        List<TrainingText> texts = new ArrayList<>(docs.size());
        int words = 0;
        int names = 0;
        for (ConllNerData.Document d : docs) {
            texts.add(d.trainingText());
            words += d.words().size();
            names += d.gold().size();
        }
        if (names == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    data.conll + " (--part " + data.part + ") has no PER, LOC or ORG names to learn from");
        }
        err.printf("train ner: %d documents, %d tokens, %d names of %s (--format %s, --part %s)%n",
                docs.size(), words, names, data.conll, data.format, data.part);
        String description = data.conll.getFileName() + " --format " + data.format + " --part " + data.part;
        PerceptronTagger tagger = trainer.train(texts, description,
                r -> err.printf("  %s stage, epoch %2d: %5.2f%% of words mistagged, %.1f s%n",
                        r.stage(), r.epoch(), 100.0 * r.wrongWords() / r.words(), r.millis() / 1000.0));
        Path target = model.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                tagger.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().printf("wrote %s: %,d features, %d epochs, %.1f MB, trained in %.1f s%n",
                model, tagger.featureCount(), training.epochs, Files.size(target) / 1e6, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}

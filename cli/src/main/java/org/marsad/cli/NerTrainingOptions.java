package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.entity.tagger.NameList;
import org.marsad.entity.tagger.PerceptronTrainer;
import org.marsad.entity.tagger.WordClusters;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the perceptron trainer, shared by {@code train ner} and {@code eval ner --cross-validate}. */
final class NerTrainingOptions {

    @Option(names = "--epochs", description = "passes over the training data (default: ${DEFAULT-VALUE})")
    int epochs = 20;

    @Option(names = "--seed", description = "seed of the shuffle of each epoch (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--min-count", description = "drop features seen fewer times than this in training (default: ${DEFAULT-VALUE})")
    int minCount = 1;

    @Option(names = "--names", paramLabel = "FILE",
            description = {"lists of names in Arabic letters, one per line, for a feature \"this word is in a name list\"",
                    "(a line's first cell with Arabic letters; letters separated by spaces are joined);",
                    "the words are kept in the model as hashes. Repeat for several files."})
    List<Path> nameFiles = new ArrayList<>();

    @Option(names = "--unlabeled", paramLabel = "PATH",
            description = {"unlabeled news in any form Marsad reads (pages, JSON dumps, directories), to learn word classes",
                    "from; the classes (not the text) are kept in the model. Repeat for several paths."})
    List<String> unlabeled = new ArrayList<>();

    @Option(names = "--unlabeled-min-count", description = "words seen fewer times in the unlabeled text get no class (default: ${DEFAULT-VALUE})")
    int unlabeledMinCount = 5;

    /**
     * The trainer; an option out of range (or a list the trainer refuses) is a usage error of the
     * command. Progress lines go to the command's error stream.
     */
    PerceptronTrainer trainer(CommandLine.Model.CommandSpec spec) throws IOException {
        if (epochs < 1 || minCount < 1 || unlabeledMinCount < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--epochs, --min-count and --unlabeled-min-count must be at least 1");
        }
        try {
            return new PerceptronTrainer(epochs, seed, minCount, names(), clusters(spec.commandLine().getErr()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private WordClusters clusters(PrintWriter err) {
        if (unlabeled.isEmpty()) {
            return WordClusters.NONE;
        }
        WordClusters.Builder builder = new WordClusters.Builder();
        Marsad marsad = new Marsad();
        // Bad pages and records cost nothing here but their words: counted, not listed one by one.
        int[] skipped = {0};
        Consumer<InputProblem> problems = p -> skipped[0] += p.skipped() ? 1 : 0;
        int[] articles = {0};
        new PageReader().read(unlabeled, page -> {
            List<Article> found;
            try {
                found = marsad.extract(page, problems);
            } catch (RuntimeException e) {
                skipped[0]++;
                return;
            }
            for (Article a : found) {
                builder.add(a.text());
                articles[0]++;
            }
        }, problems);
        if (articles[0] == 0) {
            throw new IllegalArgumentException("no articles in --unlabeled " + String.join(" ", unlabeled));
        }
        err.printf("unlabeled text: %,d articles (%,d unreadable pages or records skipped)%n", articles[0], skipped[0]);
        return builder.build(unlabeledMinCount, seed, err::println);
    }

    private NameList names() throws IOException {
        if (nameFiles.isEmpty()) {
            return NameList.EMPTY;
        }
        List<String> names = new ArrayList<>();
        for (Path f : nameFiles) {
            if (!Files.isRegularFile(f)) {
                throw new IOException(f + ": no such file (--names)");
            }
            int before = names.size();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String name = arabicCell(line);
                if (name != null) {
                    names.add(name);
                }
            }
            if (names.size() == before) {
                throw new IOException(f + ": no names in Arabic letters (--names)");
            }
        }
        return NameList.of(names);
    }

    /** The first tab-separated cell of a line holding an Arabic letter, its letters joined if spelled out one by one. */
    static String arabicCell(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        for (String cell : line.split("\t")) {
            if (cell.chars().anyMatch(c -> c >= '\u0621' && c <= '\u064A')) {
                String[] parts = cell.strip().split(" +");
                boolean spelled = parts.length > 1;
                for (String p : parts) {
                    spelled &= p.length() == 1;
                }
                return spelled ? String.join("", parts) : cell.strip();
            }
        }
        return null;
    }
}

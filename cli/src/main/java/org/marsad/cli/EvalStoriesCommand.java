package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Random;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.story.BaselineClusterer;
import org.marsad.story.ClusterScores;
import org.marsad.Marsad;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryParameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval stories FILE [--json]}: clusters gold-labelled articles with the story
 * clusterer (in file order, then shuffled with a fixed seed, which must give the same stories) and
 * with the naive baseline, and prints B-cubed and pairwise precision, recall and F1 of both.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Score story clustering against gold labels: B-cubed and pairwise P/R/F1, beside a naive baseline",
                "(TF-IDF cosine, single link, one global threshold) measured in the same run.",
                "FILE is JSON Lines: {\"id\",\"story\",\"title\",\"text\",\"published\":\"YYYY-MM-DD\",\"outlet\"}.",
                "Or build FILE at run time from SaudiNewsNet and a label file: --build-from DIR --labels TSV."})
final class EvalStoriesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "gold-labelled articles, JSON Lines")
    Path file;

    @Option(names = "--build-from", paramLabel = "DIR", description = "SaudiNewsNet directory (*.json.gz) to assemble FILE from")
    Path buildFrom;

    @Option(names = "--labels", paramLabel = "TSV", description = "url-hash<TAB>story label rows (SHA-256 of the URL, 16 hex digits), "
            + "with --build-from; repeat it to score several label files as one set (each file's labels kept apart), "
            + "and also within each file (a join across two files counted neither way)")
    List<Path> labels;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--seed", description = "seed of the shuffled run (default ${DEFAULT-VALUE})")
    long seed = 20150721L;

    @Option(names = "--join", description = "override the join threshold (for measuring the curve)")
    Double join;

    @Option(names = "--title-coverage", description = "override the title coverage weight (for measuring)")
    Double titleCoverage;

    @Option(names = "--aside-weight", description = "override the weight of body terms after the article turns to other news "
            + "(for measuring)")
    Double asideWeight;

    @Option(names = "--join-with-event", description = "override the join threshold for an article that leads with "
            + "a story's event (for measuring)")
    Double joinWithEvent;

    @Option(names = "--rare-word", description = "override how many articles may have a headline word for it to count as rare "
            + "(0 turns the rare-word join and merge off; for measuring)")
    Integer rareWord;

    @Option(names = "--join-with-name", description = "override the join threshold for an article whose headline shares a rare "
            + "word with a story's headline on its days (for measuring)")
    Double joinWithName;

    @Option(names = "--no-event-words", description = "count every word of an action as its own term (for measuring)")
    boolean noEventWords;

    @Option(names = "--no-headline-places", description = "let headlines that name different places join (for measuring)")
    boolean noHeadlinePlaces;

    @Option(names = "--baseline-threshold", description = "cosine threshold of the baseline (default ${DEFAULT-VALUE})")
    double baselineThreshold = BaselineClusterer.THRESHOLD;

    @Option(names = "--errors", description = "list the predicted stories that mix gold stories, and the gold stories split")
    boolean errors;

    @Option(names = "--second-annotation", paramLabel = "TSV", description = "another reader's labels of the same articles "
            + "(url-hash<TAB>label): prints how the two annotations agree, and Marsad and the baseline against each, "
            + "over the articles both labelled")
    Path secondAnnotation;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path input = file;
        Path temp = null;
        List<String> labelSets = List.of();
        if (buildFrom != null || labels != null) {
            if (buildFrom == null || labels == null || file != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give either FILE, or --build-from DIR with --labels TSV");
            }
            temp = Files.createTempFile("marsad-stories-", ".jsonl");
            build(buildFrom, labels, temp, spec.commandLine().getErr());
            input = temp;
            if (labels.size() > 1) {
                labelSets = labels.stream().map(EvalStoriesCommand::labelPrefix).toList();
            }
        } else if (input == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "FILE is missing");
        }
        try {
            return evaluate(input, labelSets, out);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** @param labelSets with several label files, the prefix each gives its labels ({@link #labelPrefix}); else empty */
    private int evaluate(Path input, List<String> labelSets, PrintWriter out) throws IOException {
        GoldArticles file = GoldArticles.read(input);
        PrintWriter err = spec.commandLine().getErr();
        file.problems().forEach(err::println);
        err.flush();
        if (file.articles().isEmpty()) {
            throw new IOException(input + ": no article to score" + (file.problems().isEmpty() ? " (empty file)" : ""));
        }
        Map<String, String> gold = file.story();
        List<StoryArticle> articles = analyze(file);
        StoryParameters parameters = join == null ? StoryParameters.standard() : StoryParameters.standard().withJoin(join);
        if (titleCoverage != null) {
            parameters = parameters.withTitleCoverage(titleCoverage);
        }
        if (asideWeight != null) {
            parameters = parameters.withAsideWeight(asideWeight);
        }
        if (joinWithEvent != null) {
            parameters = parameters.withJoinWithEvent(joinWithEvent);
        }
        if (rareWord != null) {
            parameters = parameters.withRareWord(rareWord);
        }
        if (joinWithName != null) {
            parameters = parameters.withJoinWithName(joinWithName);
        }
        if (noHeadlinePlaces) {
            parameters = parameters.withHeadlinePlaces(false);
        }
        if (noEventWords) {
            parameters = parameters.withEventWords(false);
        }

        long t0 = System.nanoTime();
        StoryClusterer inOrder = new StoryClusterer(parameters);
        inOrder.add(articles);
        Map<String, String> predicted = inOrder.assignment();
        double seconds = (System.nanoTime() - t0) / 1e9;

        List<StoryArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(seed));
        StoryClusterer again = new StoryClusterer(parameters);
        again.add(shuffled);
        boolean sameStories = again.assignment().equals(predicted);

        ClusterScores ours = ClusterScores.of(gold, predicted);
        ClusterScores shuffledScores = ClusterScores.of(gold, again.assignment());
        Map<String, String> baselineStories = BaselineClusterer.cluster(articles, baselineThreshold);
        ClusterScores baseline = ClusterScores.of(gold, baselineStories);
        Function<String, String> setOf = id -> {
            String label = gold.getOrDefault(id, "");
            return labelSets.stream().filter(label::startsWith).findFirst().orElse("");
        };
        ClusterScores oursWithin = labelSets.isEmpty() ? null : ClusterScores.ofWithin(gold, predicted, setOf);
        ClusterScores baselineWithin = labelSets.isEmpty() ? null : ClusterScores.ofWithin(gold, baselineStories, setOf);
        Agreement agreement = secondAnnotation == null ? null
                : agreement(readLabels(secondAnnotation, "", err, new HashMap<>()), gold, predicted, baselineStories);
        long goldStories = gold.values().stream().distinct().count();
        long predictedStories = predicted.values().stream().distinct().count();

        if (errors) {
            printErrors(out, articles, gold, predicted);
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = scores(mapper, ours);
            o.put("order_independent", sameStories);
            o.put("skipped_lines", file.skipped());
            o.put("gold_stories", goldStories);
            o.put("predicted_stories", predictedStories);
            o.put("seconds", Math.round(seconds * 1000) / 1000.0);
            o.set("shuffled", scores(mapper, shuffledScores));
            ObjectNode b = scores(mapper, baseline);
            b.put("threshold", baselineThreshold);
            o.set("baseline", b);
            if (oursWithin != null) {
                ObjectNode w = mapper.createObjectNode();
                w.set("marsad", scores(mapper, oursWithin));
                w.set("baseline", scores(mapper, baselineWithin));
                o.set("within_label_files", w);
            }
            if (agreement != null) {
                ObjectNode a = mapper.createObjectNode();
                a.put("file", secondAnnotation.toString());
                a.put("articles", agreement.first().size());
                agreement.comparisons().forEach((name, scores) -> a.set(name.replace(' ', '_'), scores(mapper, scores)));
                o.set("agreement", a);
            }
            out.println(mapper.writeValueAsString(o));
        } else {
            out.printf(Locale.ROOT, "articles: %d, gold stories: %d, predicted stories: %d (%.2f s)%s%n",
                    ours.n(), goldStories, predictedStories, seconds,
                    file.skipped() == 0 ? "" : ", lines skipped: " + file.skipped() + " (reasons on stderr)");
            out.printf(Locale.ROOT, "%-26s %s%n", "marsad", line(ours));
            out.printf(Locale.ROOT, "%-26s %s%n", "marsad (shuffled, seed " + seed + ")", line(shuffledScores));
            out.printf(Locale.ROOT, "%-26s %s%n", "baseline (cosine >= " + baselineThreshold + ")", line(baseline));
            out.println("file order and shuffled order give the same stories: " + (sameStories ? "yes" : "NO"));
            if (oursWithin != null) {
                out.printf(Locale.ROOT, "pairs within one label file (a join across two files counts neither way):%n");
                out.printf(Locale.ROOT, "%-26s %s%n", "marsad", line(oursWithin));
                out.printf(Locale.ROOT, "%-26s %s%n", "baseline (cosine >= " + baselineThreshold + ")", line(baselineWithin));
            }
            if (agreement != null) {
                out.printf(Locale.ROOT, "second annotation (%s): %d of the %d articles labelled by both%n",
                        secondAnnotation.getFileName(), agreement.first().size(), gold.size());
                agreement.comparisons().forEach((name, scores) -> out.printf(Locale.ROOT, "%-26s %s%n", name, line(scores)));
            }
        }
        return 0;
    }

    /**
     * Inter-annotator agreement over the articles both annotations label: the second annotation
     * against the first (F1 is the same either way round), and Marsad and the baseline against each,
     * all on one set of articles so the lines compare. What two careful readers agree on bounds what
     * a clusterer can be asked to reach.
     *
     * @param first       the first annotation's labels of the articles both label, by id
     * @param comparisons the scores by what they compare ("second vs first", "marsad vs first", ...), in print order
     */
    record Agreement(Map<String, String> first, Map<String, ClusterScores> comparisons) {
    }

    /** {@code secondByHash}: url hash to label; {@code gold}, {@code predicted}, {@code baseline}: article id to story. */
    static Agreement agreement(Map<String, String> secondByHash, Map<String, String> gold,
                               Map<String, String> predicted, Map<String, String> baseline) throws IOException {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        gold.forEach((id, label) -> {
            String other = secondByHash.get(urlHash(id));
            if (other != null) {
                first.put(id, label);
                second.put(id, other);
            }
        });
        if (first.isEmpty()) {
            throw new IOException("the second annotation labels none of the scored articles (its keys are url hashes)");
        }
        Map<String, ClusterScores> comparisons = new LinkedHashMap<>();
        comparisons.put("second vs first", ClusterScores.of(first, second));
        comparisons.put("marsad vs first", ClusterScores.of(first, predicted));
        comparisons.put("marsad vs second", ClusterScores.of(second, predicted));
        comparisons.put("baseline vs first", ClusterScores.of(first, baseline));
        comparisons.put("baseline vs second", ClusterScores.of(second, baseline));
        return new Agreement(first, comparisons);
    }

    private static void printErrors(PrintWriter out, List<StoryArticle> articles, Map<String, String> gold,
                                    Map<String, String> predicted) {
        Map<String, List<StoryArticle>> byPredicted = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> predictedOfGold = new java.util.TreeMap<>();
        for (StoryArticle a : articles) {
            byPredicted.computeIfAbsent(predicted.get(a.id()), k -> new ArrayList<>()).add(a);
            predictedOfGold.computeIfAbsent(gold.get(a.id()), k -> new java.util.TreeSet<>()).add(predicted.get(a.id()));
        }
        for (List<StoryArticle> story : byPredicted.values()) {
            if (story.stream().map(a -> gold.get(a.id())).distinct().count() > 1) {
                out.println("mixed:");
                for (StoryArticle a : story) {
                    out.printf("  %-32s %s %s | %s%n", gold.get(a.id()), a.published(), a.outlet(), a.title());
                }
            }
        }
        predictedOfGold.forEach((label, stories) -> {
            if (stories.size() > 1) {
                out.println("split: " + label + " into " + stories.size());
                int part = 0;
                for (String story : stories) {
                    part++;
                    for (StoryArticle a : byPredicted.get(story)) {
                        if (label.equals(gold.get(a.id()))) {
                            out.printf("  %d %s %s | %s%n", part, a.published(), a.outlet(), a.title());
                        }
                    }
                }
            }
        });
    }

    private static String line(ClusterScores s) {
        return String.format(Locale.ROOT, "B-cubed P %.4f R %.4f F1 %.4f | pairwise P %.4f R %.4f F1 %.4f",
                s.precision(), s.recall(), s.f1(), s.pairPrecision(), s.pairRecall(), s.pairF1());
    }

    private static ObjectNode scores(ObjectMapper mapper, ClusterScores s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("precision", s.precision());
        o.put("recall", s.recall());
        o.put("f1", s.f1());
        o.put("pair_precision", s.pairPrecision());
        o.put("pair_recall", s.pairRecall());
        o.put("pair_f1", s.pairF1());
        o.put("n", s.n());
        return o;
    }

    /**
     * The articles of a gold file, analyzed as ingest analyzes them (clustering reads the events
     * they lead with), in file order.
     */
    private static List<StoryArticle> analyze(GoldArticles file) {
        Marsad marsad = new Marsad();
        return file.articles().parallelStream().map(a -> StoryArticle.of(marsad.analyze(a))).toList();
    }

    /**
     * How the label file names an article: the first 16 hex digits of SHA-256 of its URL, so that
     * the file holds our labels and nothing of the corpus (whose URLs carry headline slugs).
     */
    static String urlHash(String url) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Writes the gold JSON Lines for the labelled urls, reading their text from SaudiNewsNet; returns
     * how many. With several label files each file's labels are prefixed by its name, so that two
     * sets' stories never meet by label. A row without both cells, a url labelled twice (its first
     * label is kept) and a label whose article the directory lacks are each reported to {@code err}
     * and skipped.
     */
    static int build(Path dir, List<Path> labelFiles, Path target, PrintWriter err) throws IOException {
        Map<String, String> labelOf = new LinkedHashMap<>();
        Map<String, Path> fileOf = new HashMap<>();
        for (Path labelFile : labelFiles) {
            String prefix = labelFiles.size() == 1 ? "" : labelPrefix(labelFile);
            labelOf.putAll(readLabels(labelFile, prefix, err, fileOf));
        }
        Map<String, StoryArticle> byUrl = new HashMap<>();
        for (StoryArticle a : ArticleRecordDumps.read(dir, err)) {
            byUrl.putIfAbsent(urlHash(a.id()), a);
        }
        ObjectMapper mapper = new ObjectMapper();
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : labelOf.entrySet()) {
                StoryArticle a = byUrl.get(e.getKey());
                if (a == null) {
                    err.println(fileOf.get(e.getKey()) + ": no article of " + dir + " has the url hash " + e.getKey() + "; skipped");
                    continue;
                }
                ObjectNode o = mapper.createObjectNode();
                o.put("id", a.id());
                o.put("story", e.getValue());
                o.put("title", a.title());
                o.put("text", a.text());
                o.put("published", a.published() == null ? null : a.published().toString());
                o.put("outlet", a.outlet());
                w.write(mapper.writeValueAsString(o));
                w.write('\n');
                written++;
            }
        }
        return written;
    }

    /** What the labels of {@code labelFile} are prefixed with when several label files are read: its name and a colon. */
    static String labelPrefix(Path labelFile) {
        return labelFile.getFileName().toString().replaceFirst("\\.tsv$", "") + ":";
    }

    /**
     * The url-hash to label rows of one label file, in file order, each label prefixed by
     * {@code prefix}. A row without both cells, and a hash already in {@code fileOf} (filled here,
     * shared across the files of one run), are reported to {@code err} and skipped.
     */
    static Map<String, String> readLabels(Path labelFile, String prefix, PrintWriter err, Map<String, Path> fileOf)
            throws IOException {
        Map<String, String> labelOf = new LinkedHashMap<>();
        for (String line : Files.readAllLines(labelFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                err.println(labelFile + ": a row needs url-hash<TAB>label; skipped: " + line);
                continue;
            }
            String hash = cells[0].strip();
            Path first = fileOf.putIfAbsent(hash, labelFile);
            if (first != null) {
                err.println(labelFile + ": " + hash + " is labelled in " + first + " already; the first label kept");
                continue;
            }
            labelOf.put(hash, prefix + cells[1].strip());
        }
        return labelOf;
    }
}

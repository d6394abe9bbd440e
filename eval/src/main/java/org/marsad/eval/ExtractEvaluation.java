package org.marsad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.extract.html.HtmlMetadata;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.source.RawPage;

/**
 * Runs Marsad and the peers over one data set and scores each with the data set's metric; for
 * Marsad also the metadata against the gold where the data set has it (title, date, author).
 */
public final class ExtractEvaluation {

    /** Published F1 of other extractors on the same data and metric (from the data sets' READMEs). */
    public static final Map<ExtractDataset.Layout, Map<String, Double>> PUBLISHED = Map.of(
            ExtractDataset.Layout.AEB, ordered("trafilatura 2.0", 0.958, "newspaper4k", 0.949, "Readability.js", 0.947,
                    "readability-lxml", 0.922, "dragnet", 0.907, "goose3", 0.896, "boilerpipe", 0.860, "jusText", 0.804),
            ExtractDataset.Layout.SNIPPETS, ordered("trafilatura", 0.924, "jusText", 0.862, "readability-lxml", 0.826,
                    "newspaper4k", 0.801),
            ExtractDataset.Layout.PAIRS, Map.of());

    /** The outcome: one score per extractor (Marsad first), the metadata accuracy of Marsad, pages unreadable. */
    public record Report(ExtractDataset.Layout layout, Map<String, Score> scores, Map<String, double[]> metadata,
                         int unreadable, Map<String, Score> storedOutputs, List<PageResult> marsadPages) {

        /** Marsad's {@code n} worst pages, the costliest first (ties in the data set's order). */
        public List<PageResult> worst(int n) {
            List<PageResult> sorted = new ArrayList<>(marsadPages);
            sorted.sort(Comparator.comparingDouble(PageResult::loss).reversed());
            return sorted.subList(0, Math.min(n, sorted.size()));
        }
    }

    private final List<TextExtractor> extractors;
    private final HtmlPageExtractor marsadHtml;

    public ExtractEvaluation(HtmlPageExtractor marsadHtml, List<TextExtractor> peers) {
        this.marsadHtml = marsadHtml;
        List<TextExtractor> all = new ArrayList<>();
        all.add(Extractors.marsad(marsadHtml));
        all.addAll(peers);
        this.extractors = all;
    }

    public Report run(ExtractDataset data) {
        Map<String, ShingleScorer> shingles = new LinkedHashMap<>();
        Map<String, SnippetScorer> snippets = new LinkedHashMap<>();
        for (TextExtractor x : extractors) {
            shingles.put(x.name(), new ShingleScorer());
            snippets.put(x.name(), new SnippetScorer());
        }
        int[][] meta = new int[3][2]; // title, date, author: right, scored
        int unreadable = 0;
        List<PageResult> marsadPages = new ArrayList<>();
        for (EvalPage page : data.pages()) {
            if (page.html() == null) {
                unreadable++;
            }
            for (TextExtractor x : extractors) {
                String text = page.html() == null ? "" : safely(x, page);
                boolean marsad = x == extractors.get(0);
                if (data.layout() == ExtractDataset.Layout.SNIPPETS) {
                    List<List<String>> wrong = snippets.get(x.name()).add(text, page.with(), page.without());
                    if (marsad) {
                        marsadPages.add(snippetResult(page, wrong.get(0), wrong.get(1)));
                    }
                } else {
                    double[] pr = shingles.get(x.name()).add(page.goldText(), text);
                    if (marsad) {
                        marsadPages.add(shingleResult(page, pr[0], pr[1]));
                    }
                }
            }
            if (page.html() != null && data.layout() == ExtractDataset.Layout.SNIPPETS) {
                HtmlMetadata m = marsadHtml.metadata(new RawPage(page.url(), page.html(), RawPage.IN_MEMORY_CHARSET));
                tally(meta[0], page.title(), m.title());
                tally(meta[1], page.date(), m.published() == null ? null : m.published().toString());
                tally(meta[2], page.author(), m.byline());
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (TextExtractor x : extractors) {
            scores.put(x.name(), data.layout() == ExtractDataset.Layout.SNIPPETS
                    ? snippets.get(x.name()).score() : shingles.get(x.name()).score());
        }
        Map<String, double[]> metadata = new LinkedHashMap<>();
        String[] names = {"title", "date", "author"};
        for (int i = 0; i < 3; i++) {
            if (meta[i][1] > 0) {
                metadata.put(names[i], new double[] {(double) meta[i][0] / meta[i][1], meta[i][1]});
            }
        }
        Map<String, Score> stored = new LinkedHashMap<>();
        data.storedOutputs().forEach((name, texts) -> {
            ShingleScorer scorer = new ShingleScorer();
            for (EvalPage page : data.pages()) {
                scorer.add(page.goldText(), texts.getOrDefault(page.id(), ""));
            }
            stored.put(name, scorer.score());
        });
        return new Report(data.layout(), scores, metadata, unreadable, stored, marsadPages);
    }

    private static PageResult snippetResult(EvalPage page, List<String> missed, List<String> unwanted) {
        int found = page.with().size() - missed.size();
        return new PageResult(page.id(), page.url(), missed.size() + unwanted.size(),
                String.format(Locale.ROOT, "%d of %d found, %d of %d unwanted kept", found, page.with().size(),
                        unwanted.size(), page.without().size()), missed, unwanted);
    }

    private static PageResult shingleResult(EvalPage page, double precision, double recall) {
        double p = Double.isNaN(precision) ? 0 : precision;
        double r = Double.isNaN(recall) ? 0 : recall;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new PageResult(page.id(), page.url(), 1 - f1,
                String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", p, r, f1), List.of(), List.of());
    }

    private static String safely(TextExtractor x, EvalPage page) {
        try {
            return x.extract(page.html(), page.url());
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private static void tally(int[] counts, String gold, String found) {
        if (gold == null) {
            return;
        }
        counts[1]++;
        if (found != null && normal(gold).equals(normal(found))) {
            counts[0]++;
        }
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }
}

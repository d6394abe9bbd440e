package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.dedup.DedupParameters;
import org.marsad.dedup.Duplicate;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.dedup.MatchTerms;
import org.marsad.story.StoryArticle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval dedup --data DIR}: near-duplicate detection (MinHash + LSH) against the exact
 * Jaccard of word-shingle sets on SaudiNewsNet. A pair is a true near duplicate when the exact
 * Jaccard of its 3-word shingle sets is at least the threshold; exact Jaccard is computed for every
 * pair sharing a shingle found through an inverted index (shingles in more than 200 articles are
 * boilerplate and find no candidates, but count in the Jaccard of pairs found otherwise). Prints
 * precision, recall and time for each bands x rows setting.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Measure near-duplicate detection (MinHash, LSH bands x rows) against exact shingle Jaccard.")
final class EvalDedupCommand implements Callable<Integer> {

    private static final int BOILERPLATE_DF = 200;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "SaudiNewsNet directory")
    Path data;

    @Option(names = "--json", description = "print one JSON object (the standard setting)")
    boolean json;

    @Option(names = "--samples", description = "print this many true pairs near the threshold, to check by reading")
    int samples;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<StoryArticle> articles = ArticleRecordDumps.read(data, spec.commandLine().getErr());
        List<String[]> terms = new ArrayList<>();
        for (StoryArticle a : articles) {
            String[] title = a.title() == null ? new String[0] : MatchTerms.of(a.title());
            terms.add(DuplicateDetector.keyTerms(MatchTerms.of(a.text()), title));
        }
        DedupParameters standard = DedupParameters.standard();
        Map<Long, Double> truthJ = exactJaccard(terms, standard.shingleWords());
        Set<Long> truth = new HashSet<>();
        truthJ.forEach((pair, j) -> {
            if (j >= standard.threshold()) {
                truth.add(pair);
            }
        });
        if (samples > 0) {
            printSamples(out, articles, truthJ, standard.threshold());
        }
        int[][] settings = json ? new int[][] {{standard.bands(), standard.rows()}}
                : new int[][] {{8, 16}, {16, 8}, {20, 5}, {32, 4}, {42, 3}, {64, 2}};
        if (!json) {
            out.printf(Locale.ROOT, "articles %d, true near-duplicate pairs (3-shingle Jaccard >= %.2f): %d%n",
                    articles.size(), standard.threshold(), truth.size());
        }
        for (int[] br : settings) {
            DedupParameters p = new DedupParameters(standard.shingleWords(), br[0], br[1], standard.threshold(), standard.seed());
            long t0 = System.nanoTime();
            DuplicateDetector detector = new DuplicateDetector(p);
            Map<String, Integer> index = new HashMap<>();
            Set<Long> found = new HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                String id = i + "";
                index.put(id, i);
                for (Duplicate d : detector.addMatching(id, articles.get(i).outlet(), terms.get(i))) {
                    found.add(pair(index.get(d.original()), i));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long tp = found.stream().filter(truth::contains).count();
            double precision = found.isEmpty() ? 1 : (double) tp / found.size();
            double recall = truth.isEmpty() ? 1 : (double) tp / truth.size();
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode o = mapper.createObjectNode();
                o.put("precision", precision);
                o.put("recall", recall);
                o.put("f1", f1);
                o.put("n", truth.size());
                o.put("bands", br[0]);
                o.put("rows", br[1]);
                o.put("seconds", seconds);
                out.println(mapper.writeValueAsString(o));
            } else {
                out.printf(Locale.ROOT, "bands %2d x rows %2d (S-curve midpoint %.2f): found %5d, P %.4f R %.4f F1 %.4f, %.2f s%n",
                        br[0], br[1], Math.pow(1.0 / br[0], 1.0 / br[1]), found.size(), precision, recall, f1, seconds);
            }
        }
        return 0;
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * Exact Jaccard of shingle sets for every pair sharing a non-boilerplate shingle. Leaving the
     * boilerplate shingles out of the search finds the same true pairs on SaudiNewsNet July (5,972
     * with and without), and a boilerplate shingle's postings would pair each of its hundreds of
     * articles with all the others.
     */
    static Map<Long, Double> exactJaccard(List<String[]> terms, int words) {
        List<long[]> sets = new ArrayList<>();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < terms.size(); d++) {
            String[] t = terms.get(d);
            long[] set = new long[Math.max(1, t.length - words + 1)];
            for (int s = 0; s < set.length; s++) {
                String shingle = String.join(" ", Arrays.copyOfRange(t, s, Math.min(t.length, s + words)));
                set[s] = shingle.hashCode() * 0x9e3779b97f4a7c15L + shingle.length();
            }
            set = Arrays.stream(set).distinct().sorted().toArray();
            sets.add(set);
            for (long s : set) {
                postings.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            }
        }
        Map<Long, Double> out = new HashMap<>();
        for (int d = 0; d < sets.size(); d++) {
            Set<Integer> candidates = new HashSet<>();
            for (long s : sets.get(d)) {
                List<Integer> list = postings.get(s);
                if (list.size() > BOILERPLATE_DF) {
                    continue;
                }
                for (int other : list) {
                    if (other < d) {
                        candidates.add(other);
                    }
                }
            }
            for (int other : candidates) {
                // the shared shingles counted in full, boilerplate ones too: they only skip finding candidates
                int common = intersection(sets.get(d), sets.get(other));
                double j = (double) common / (sets.get(d).length + sets.get(other).length - common);
                if (j >= 0.2) {
                    out.put(pair(other, d), j);
                }
            }
        }
        return out;
    }

    /** The size of the intersection of two sorted sets. */
    private static int intersection(long[] a, long[] b) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return common;
    }

    private void printSamples(PrintWriter out, List<StoryArticle> articles, Map<Long, Double> truthJ, double threshold) {
        List<Map.Entry<Long, Double>> near = truthJ.entrySet().stream()
                .filter(e -> Math.abs(e.getValue() - threshold) <= 0.1)
                .sorted(Map.Entry.comparingByKey()).limit(samples).toList();
        for (Map.Entry<Long, Double> e : near) {
            StoryArticle a = articles.get((int) (e.getKey() >>> 32));
            StoryArticle b = articles.get((int) (long) e.getKey());
            out.printf(Locale.ROOT, "J %.3f%n  %s | %s%n  %s | %s%n", e.getValue(), a.outlet(), a.title(), b.outlet(), b.title());
        }
    }
}

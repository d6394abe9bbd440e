package org.marsad.entity.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.marsad.lexicon.KeyTokens;
import org.marsad.normalize.ArabicNormalizer;

/**
 * Classes of words that occur in like contexts in unlabeled news the user gives at training time
 * ({@code marsad train ner --unlabeled PATH}): names of one kind (cities, given names, foreign
 * surnames, ministries) gather in a class, so a name the labelled data never showed still looks
 * like the ones it did. The tagger reads each word's class as a feature (Miller et al. 2004,
 * Ratinov and Roth 2009 did the same with Brown clusters).
 *
 * <p>How the classes are made ({@link Builder#build}), all deterministic for a seed:
 * <ol>
 *   <li>the words (matching keys) seen at least {@code minCount} times form the vocabulary; the
 *       {@link #CONTEXT_WORDS} most frequent are the contexts;</li>
 *   <li>each vocabulary word gets a sparse vector over (left neighbour, right neighbour) ×
 *       context word, weighted by positive pointwise mutual information, unit length;</li>
 *   <li>spherical k-means (cosine), {@link #ITERATIONS} rounds, once per level of {@link #LEVELS}
 *       (64 and 2048 classes: coarse and fine, standing in for the prefixes of a Brown
 *       cluster's path), started from vocabulary words spread over the data by k-means++.</li>
 * </ol>
 * Kept inside the model file as 64-bit hashes of the words with their class numbers, so a
 * model needs no corpus at tagging time and holds none of its text. Immutable once built.
 */
public final class WordClusters {

    /** No classes. */
    public static final WordClusters NONE = new WordClusters(new long[0], new short[0][0]);

    static final int CONTEXT_WORDS = 1000;
    static final int ITERATIONS = 8;
    /** Classes per level, coarse to fine. */
    static final int[] LEVELS = {64, 2048};
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private final long[] hashes;
    /** [level][word]. */
    private final short[][] classes;

    WordClusters(long[] sortedHashes, short[][] classes) {
        for (short[] level : classes) {
            if (level.length != sortedHashes.length) {
                throw new IllegalArgumentException("one class per word and level expected");
            }
        }
        this.hashes = sortedHashes;
        this.classes = classes;
    }

    public int size() {
        return hashes.length;
    }

    /** The position of the word with matching key {@code key}, or -1. */
    int find(String key) {
        if (hashes.length == 0) {
            return -1;
        }
        int at = Arrays.binarySearch(hashes, hash(key));
        return at >= 0 ? at : -1;
    }

    int levels() {
        return classes.length;
    }

    /** The class of word {@code word} (a {@link #find} result) at level {@code level}, 0 the coarsest. */
    int classOf(int level, int word) {
        return classes[level][word];
    }

    long[] hashes() {
        return hashes.clone();
    }

    static long hash(String key) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.template(-3), key));
    }

    /** Collects unlabeled texts, then {@link #build}s the classes. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private int[] counts = new int[1 << 16];
        private final List<int[]> texts = new ArrayList<>();
        private long tokens;

        /** Adds the words of one text (an article). */
        public void add(String text) {
            IntRun seq = new IntRun();
            KeyTokens.words(text, NORMALIZER, (start, end, key) -> seq.add(id(key)));
            texts.add(seq.toArray());
            tokens += seq.size;
        }

        private int id(String key) {
            Integer id = ids.get(key);
            if (id == null) {
                id = words.size();
                ids.put(key, id);
                words.add(key);
                if (id == counts.length) {
                    counts = Arrays.copyOf(counts, id * 2);
                }
            }
            counts[id]++;
            return id;
        }

        public long tokens() {
            return tokens;
        }

        /** The classes of the words seen at least {@code minCount} times. */
        public WordClusters build(int minCount, long seed, Consumer<String> progress) {
            int[] vocab = vocabulary(minCount);
            int finest = LEVELS[LEVELS.length - 1];
            if (vocab.length < finest) {
                throw new IllegalArgumentException("too little unlabeled text: " + vocab.length
                        + " words seen " + minCount + " times or more, at least " + finest + " needed");
            }
            int[] rank = new int[words.size()];
            Arrays.fill(rank, -1);
            for (int r = 0; r < vocab.length; r++) {
                rank[vocab[r]] = r;
            }
            SparseRows rows = contextVectors(vocab, rank);
            report(progress, String.format(java.util.Locale.ROOT,
                    "word classes: %,d tokens, %,d words seen %d times or more, %,d context entries",
                    tokens, vocab.length, minCount, rows.values.length));
            Random random = new Random(seed);
            short[][] byRank = new short[LEVELS.length][];
            for (int level = 0; level < LEVELS.length; level++) {
                byRank[level] = kMeans(rows, LEVELS[level], random, progress);
            }
            long[] h = new long[vocab.length];
            Integer[] order = new Integer[vocab.length];
            for (int r = 0; r < vocab.length; r++) {
                h[r] = hash(words.get(vocab[r]));
                order[r] = r;
            }
            Arrays.sort(order, (a, b) -> Long.compare(h[a], h[b]));
            long[] sorted = new long[vocab.length];
            short[][] classes = new short[LEVELS.length][vocab.length];
            for (int k = 0; k < vocab.length; k++) {
                sorted[k] = h[order[k]];
                for (int level = 0; level < LEVELS.length; level++) {
                    classes[level][k] = byRank[level][order[k]];
                }
            }
            return new WordClusters(sorted, classes);
        }

        private static void report(Consumer<String> progress, String line) {
            if (progress != null) {
                progress.accept(line);
            }
        }

        /** Word ids seen at least minCount times, most frequent first (ties by key). */
        private int[] vocabulary(int minCount) {
            List<Integer> kept = new ArrayList<>();
            for (int id = 0; id < words.size(); id++) {
                if (counts[id] >= minCount) {
                    kept.add(id);
                }
            }
            kept.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : words.get(a).compareTo(words.get(b)));
            return kept.stream().mapToInt(Integer::intValue).toArray();
        }

        /** PPMI vectors over (side, context word), one row per vocabulary rank, unit length. */
        private SparseRows contextVectors(int[] vocab, int[] rank) {
            int contexts = Math.min(CONTEXT_WORDS, vocab.length);
            // (row, column) pairs packed in a long, sorted, then counted run by run
            long[] pairs = new long[16];
            int n = 0;
            for (int[] seq : texts) {
                for (int i = 0; i < seq.length; i++) {
                    int row = rank[seq[i]];
                    if (row < 0) {
                        continue;
                    }
                    if (n + 2 > pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    if (i > 0 && rank[seq[i - 1]] >= 0 && rank[seq[i - 1]] < contexts) {
                        pairs[n++] = ((long) row << 32) | rank[seq[i - 1]];
                    }
                    if (i + 1 < seq.length && rank[seq[i + 1]] >= 0 && rank[seq[i + 1]] < contexts) {
                        pairs[n++] = ((long) row << 32) | (contexts + rank[seq[i + 1]]);
                    }
                }
            }
            Arrays.sort(pairs, 0, n);
            int distinct = 0;
            for (int k = 0; k < n; k++) {
                if (k == 0 || pairs[k] != pairs[k - 1]) {
                    distinct++;
                }
            }
            int[] rowStart = new int[vocab.length + 1];
            int[] columns = new int[distinct];
            float[] values = new float[distinct];
            double[] rowTotal = new double[vocab.length];
            double[] columnTotal = new double[2 * contexts];
            double total = 0;
            int d = -1;
            for (int k = 0; k < n; k++) {
                if (k == 0 || pairs[k] != pairs[k - 1]) {
                    d++;
                    columns[d] = (int) pairs[k];
                    rowStart[(int) (pairs[k] >>> 32) + 1] = d + 1;
                }
                values[d]++;
                rowTotal[(int) (pairs[k] >>> 32)]++;
                columnTotal[(int) pairs[k]]++;
                total++;
            }
            for (int r = 1; r <= vocab.length; r++) {
                rowStart[r] = Math.max(rowStart[r], rowStart[r - 1]);
            }
            for (int r = 0; r < vocab.length; r++) {
                double norm = 0;
                for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                    double pmi = Math.log(values[k] * total / (rowTotal[r] * columnTotal[columns[k]]));
                    values[k] = (float) Math.max(0, pmi);
                    norm += values[k] * values[k];
                }
                norm = Math.sqrt(norm);
                for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                    values[k] = norm == 0 ? 0 : (float) (values[k] / norm);
                }
            }
            return new SparseRows(rowStart, columns, values, 2 * contexts);
        }

        private record SparseRows(int[] rowStart, int[] columns, float[] values, int width) {
            int rows() {
                return rowStart.length - 1;
            }
        }

        /** Spherical k-means: each word to the centroid of highest cosine; centroids are the normalized sums. */
        private static short[] kMeans(SparseRows m, int k, Random random, Consumer<String> progress) {
            int n = m.rows();
            int width = m.width();
            // centroids stored column-major: centroid c, dimension j at [j * k + c], so one sparse
            // entry of a word updates k scores from one contiguous run
            float[] centroids = new float[width * k];
            int[] seeds = spreadSeeds(m, k, random);
            for (int c = 0; c < k; c++) {
                int r = seeds[c];
                for (int e = m.rowStart()[r]; e < m.rowStart()[r + 1]; e++) {
                    centroids[m.columns()[e] * k + c] = m.values()[e];
                }
            }
            short[] assigned = new short[n];
            float[] scores = new float[k];
            for (int it = 0; it < ITERATIONS; it++) {
                int moved = 0;
                for (int r = 0; r < n; r++) {
                    Arrays.fill(scores, 0);
                    for (int e = m.rowStart()[r]; e < m.rowStart()[r + 1]; e++) {
                        float v = m.values()[e];
                        int base = m.columns()[e] * k;
                        for (int c = 0; c < k; c++) {
                            scores[c] += v * centroids[base + c];
                        }
                    }
                    int best = 0;
                    for (int c = 1; c < k; c++) {
                        if (scores[c] > scores[best]) {
                            best = c;
                        }
                    }
                    if (it == 0 || assigned[r] != best) {
                        moved++;
                    }
                    assigned[r] = (short) best;
                }
                Arrays.fill(centroids, 0);
                for (int r = 0; r < n; r++) {
                    int c = assigned[r];
                    for (int e = m.rowStart()[r]; e < m.rowStart()[r + 1]; e++) {
                        centroids[m.columns()[e] * k + c] += m.values()[e];
                    }
                }
                double[] norms = new double[k];
                for (int j = 0; j < width; j++) {
                    for (int c = 0; c < k; c++) {
                        float v = centroids[j * k + c];
                        norms[c] += v * v;
                    }
                }
                for (int j = 0; j < width; j++) {
                    for (int c = 0; c < k; c++) {
                        if (norms[c] > 0) {
                            centroids[j * k + c] /= (float) Math.sqrt(norms[c]);
                        }
                    }
                }
                report(progress, String.format(java.util.Locale.ROOT, "  %d classes, round %d: %,d words moved", k, it + 1, moved));
            }
            return assigned;
        }

        /**
         * k seed rows spread over the data (k-means++, Arthur and Vassilvitskii 2007): the first drawn
         * at random, each next one drawn with probability proportional to the square of its cosine
         * distance to the nearest seed so far. Seeds drawn uniformly can all fall among one kind of
         * word, leaving the others with no centroid they resemble.
         */
        private static int[] spreadSeeds(SparseRows m, int k, Random random) {
            int n = m.rows();
            float[] nearest = new float[n];
            float[] dense = new float[m.width()];
            int[] seeds = new int[k];
            seeds[0] = random.nextInt(n);
            for (int c = 1; c < k; c++) {
                int prev = seeds[c - 1];
                for (int e = m.rowStart()[prev]; e < m.rowStart()[prev + 1]; e++) {
                    dense[m.columns()[e]] = m.values()[e];
                }
                double total = 0;
                for (int r = 0; r < n; r++) {
                    float dot = 0;
                    for (int e = m.rowStart()[r]; e < m.rowStart()[r + 1]; e++) {
                        dot += m.values()[e] * dense[m.columns()[e]];
                    }
                    nearest[r] = Math.max(nearest[r], dot);
                    double d = 1 - nearest[r];
                    total += d * d;
                }
                for (int e = m.rowStart()[prev]; e < m.rowStart()[prev + 1]; e++) {
                    dense[m.columns()[e]] = 0;
                }
                double target = random.nextDouble() * total;
                int chosen = n - 1;
                for (int r = 0; r < n; r++) {
                    double d = 1 - nearest[r];
                    target -= d * d;
                    if (target < 0) {
                        chosen = r;
                        break;
                    }
                }
                seeds[c] = chosen;
            }
            return seeds;
        }
    }

    /** A growable run of ints. */
    private static final class IntRun {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

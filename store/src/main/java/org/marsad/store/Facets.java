package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts of the documents matching a query and of the values of their doc-value fields, in one pass.
 * Counting is by global ordinal (one count array per field over the whole index), and only the top
 * values are turned back into strings: a broad query over a store naming tens of thousands of
 * entities costs one array increment per match and value, not a string per value. The global
 * ordinals of every document are read from the doc values once per reader and field and kept as
 * flat arrays ({@link FieldOrdinals}), so that a search does not decode doc values and map segment
 * ordinals for each of its matches: that was a quarter of the time of a broad search.
 */
final class Facets {

    /** Ordinals per reader (weakly held: a reader closed and dropped takes them with it). */
    private static final Map<IndexReader.CacheKey, Map<String, FieldOrdinals>> ORDINALS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Facets() {
    }

    /**
     * The counts of one query: how many documents match, and for each field its values by count (most
     * first, then value), at most a given number of them.
     */
    record Counts(long matches, Map<String, List<Map.Entry<String, Long>>> values) {
    }

    /**
     * The global ordinals of one field for every document of a reader: for the document {@code doc}
     * of leaf {@code l}, {@code ords[l][starts[l][doc]]} up to (not including)
     * {@code ords[l][starts[l][doc + 1]]}. Ordinals of a value are assigned in value order.
     */
    private record FieldOrdinals(OrdinalMap map, int[][] starts, int[][] ords) {

        long valueCount() {
            return map.getValueCount();
        }

        static FieldOrdinals build(IndexReader reader, String field) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
            }
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            OrdinalMap map = OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
            int[][] starts = new int[leaves.size()][];
            int[][] ords = new int[leaves.size()][];
            for (LeafReaderContext leaf : leaves) {
                int maxDoc = leaf.reader().maxDoc();
                SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
                LongValues toGlobal = map.getGlobalOrds(leaf.ord);
                int[] leafStarts = new int[maxDoc + 1];
                int[] leafOrds = new int[16];
                int n = 0;
                for (int doc = 0; doc < maxDoc; doc++) {
                    leafStarts[doc] = n;
                    if (docValues.advanceExact(doc)) {
                        for (int k = 0; k < docValues.docValueCount(); k++) {
                            if (n == leafOrds.length) {
                                leafOrds = java.util.Arrays.copyOf(leafOrds, n * 2);
                            }
                            leafOrds[n++] = (int) toGlobal.get(docValues.nextOrd());
                        }
                    }
                }
                leafStarts[maxDoc] = n;
                starts[leaf.ord] = leafStarts;
                ords[leaf.ord] = java.util.Arrays.copyOf(leafOrds, n);
            }
            return new FieldOrdinals(map, starts, ords);
        }
    }

    /**
     * The count arrays of one search, kept for the next one: a broad search touches a few thousand of
     * tens of thousands of ordinals, so clearing what it touched is cheaper than a fresh array (which
     * was a third of what a search allocated). Each search takes its own; at most as many exist as
     * searches ever ran at once.
     */
    private static final class Scratch {
        int[][] counts = new int[0][];
        /** The ordinals counted, in the order first seen, and how many. */
        int[][] touched = new int[0][];
        int[] touchedCount = new int[0];

        void prepare(FieldOrdinals[] ordinals) {
            if (counts.length < ordinals.length) {
                counts = java.util.Arrays.copyOf(counts, ordinals.length);
                touched = java.util.Arrays.copyOf(touched, ordinals.length);
                touchedCount = new int[ordinals.length];
            }
            for (int f = 0; f < ordinals.length; f++) {
                int size = (int) ordinals[f].valueCount();
                if (counts[f] == null || counts[f].length < size) {
                    counts[f] = new int[size];
                    touched[f] = new int[size];
                }
                touchedCount[f] = 0;
            }
        }

        void clear(int fields) {
            for (int f = 0; f < fields; f++) {
                for (int k = 0; k < touchedCount[f]; k++) {
                    counts[f][touched[f][k]] = 0;
                }
                touchedCount[f] = 0;
            }
        }
    }

    private static final java.util.concurrent.ConcurrentLinkedQueue<Scratch> SCRATCH =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The documents matching {@code query} counted, and for each field its {@code top} values. */
    static Counts count(IndexSearcher searcher, Query query, List<String> fields, int top) throws IOException {
        return count(searcher, query, fields, top, null);
    }

    /**
     * {@link #count(IndexSearcher, Query, List, int)}, with {@code alongside} (if not null) given
     * every match of the same pass: the counting visits every match anyway, and a second pass over
     * them for the results page would walk the query's postings again.
     */
    static Counts count(IndexSearcher searcher, Query query, List<String> fields, int top, Collector alongside)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.isEmpty()) {
            return new Counts(0, empty(fields));
        }
        FieldOrdinals[] ordinals = new FieldOrdinals[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            ordinals[f] = ordinals(reader, fields.get(f));
        }
        Scratch taken = SCRATCH.poll();
        Scratch scratch = taken == null ? new Scratch() : taken;
        scratch.prepare(ordinals);
        try {
            long[] matches = new long[1];
            SimpleCollector counting = new SimpleCollector() {
                private final int[][] starts = new int[fields.size()][];
                private final int[][] ords = new int[fields.size()][];

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    for (int f = 0; f < fields.size(); f++) {
                        starts[f] = ordinals[f].starts()[context.ord];
                        ords[f] = ordinals[f].ords()[context.ord];
                    }
                }

                @Override
                public void collect(int doc) {
                    matches[0]++;
                    for (int f = 0; f < starts.length; f++) {
                        int[] fieldOrds = ords[f];
                        int[] fieldCounts = scratch.counts[f];
                        for (int k = starts[f][doc], end = starts[f][doc + 1]; k < end; k++) {
                            int ord = fieldOrds[k];
                            if (fieldCounts[ord]++ == 0) {
                                scratch.touched[f][scratch.touchedCount[f]++] = ord;
                            }
                        }
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
            searcher.search(query, alongside == null ? counting : MultiCollector.wrap(counting, alongside));
            Map<String, List<Map.Entry<String, Long>>> out = new HashMap<>();
            for (int f = 0; f < fields.size(); f++) {
                out.put(fields.get(f), top(leaves, fields.get(f), ordinals[f].map(), scratch.counts[f],
                        scratch.touched[f], scratch.touchedCount[f], top));
            }
            return new Counts(matches[0], out);
        } finally {
            scratch.clear(fields.size());
            SCRATCH.offer(scratch);
        }
    }

    /**
     * The {@code top} most counted of the {@code touchedCount} ordinals in {@code touched}, as values
     * (ties: lower ordinal, i.e. value order, first).
     */
    private static List<Map.Entry<String, Long>> top(List<LeafReaderContext> leaves, String field, OrdinalMap map,
                                                     int[] counts, int[] touched, int touchedCount, int top)
            throws IOException {
        int[] best = new int[Math.max(0, Math.min(top, touchedCount))];
        int size = 0;
        for (int k = 0; k < touchedCount; k++) {
            int g = touched[k];
            if (size == best.length && (best.length == 0 || !ranksBefore(g, best[size - 1], counts))) {
                continue;
            }
            int at = size < best.length ? size++ : size - 1;
            while (at > 0 && ranksBefore(g, best[at - 1], counts)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = g;
        }
        List<Map.Entry<String, Long>> out = new ArrayList<>(size);
        SortedSetDocValues[] byLeaf = new SortedSetDocValues[leaves.size()];
        for (int k = 0; k < size; k++) {
            int g = best[k];
            int leaf = map.getFirstSegmentNumber(g);
            if (byLeaf[leaf] == null) {
                byLeaf[leaf] = DocValues.getSortedSet(leaves.get(leaf).reader(), field);
            }
            out.add(Map.entry(byLeaf[leaf].lookupOrd(map.getFirstSegmentOrd(g)).utf8ToString(), (long) counts[g]));
        }
        return out;
    }

    /** Whether ordinal {@code a} ranks before {@code b}: counted more, or as often and lower. */
    private static boolean ranksBefore(int a, int b, int[] counts) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    }

    private static FieldOrdinals ordinals(IndexReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return FieldOrdinals.build(reader, field);
        }
        Map<String, FieldOrdinals> perField =
                ORDINALS.computeIfAbsent(helper.getKey(), k -> new java.util.concurrent.ConcurrentHashMap<>());
        FieldOrdinals ordinals = perField.get(field);
        if (ordinals == null) {
            // two searches may build the same field at once on a fresh reader; either result is right
            ordinals = FieldOrdinals.build(reader, field);
            perField.put(field, ordinals);
        }
        return ordinals;
    }

    private static Map<String, List<Map.Entry<String, Long>>> empty(List<String> fields) {
        Map<String, List<Map.Entry<String, Long>>> out = new HashMap<>();
        fields.forEach(f -> out.put(f, List.of()));
        return out;
    }
}

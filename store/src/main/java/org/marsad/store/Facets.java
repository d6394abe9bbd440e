package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.WeakHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
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

    /** The documents matching {@code query} counted, and for each field its {@code top} values. */
    static Counts count(IndexSearcher searcher, Query query, List<String> fields, int top) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.isEmpty()) {
            return new Counts(0, empty(fields));
        }
        FieldOrdinals[] ordinals = new FieldOrdinals[fields.size()];
        long[][] counts = new long[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            ordinals[f] = ordinals(reader, fields.get(f));
            counts[f] = new long[(int) ordinals[f].valueCount()];
        }
        long[] matches = new long[1];
        searcher.search(query, new SimpleCollector() {
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
                    long[] fieldCounts = counts[f];
                    for (int k = starts[f][doc], end = starts[f][doc + 1]; k < end; k++) {
                        fieldCounts[fieldOrds[k]]++;
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        Map<String, List<Map.Entry<String, Long>>> out = new HashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            out.put(fields.get(f), top(leaves, fields.get(f), ordinals[f].map(), counts[f], top));
        }
        return new Counts(matches[0], out);
    }

    /** The {@code top} most counted global ordinals, as values (ties: lower ordinal, i.e. value order, first). */
    private static List<Map.Entry<String, Long>> top(List<LeafReaderContext> leaves, String field, OrdinalMap map,
                                                     long[] counts, int top) throws IOException {
        PriorityQueue<Integer> best = new PriorityQueue<>(
                (a, b) -> counts[a] != counts[b] ? Long.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] == 0) {
                continue;
            }
            if (best.size() < top) {
                best.add(g);
            } else if (counts[g] > counts[best.peek()]) {
                best.poll();
                best.add(g);
            }
        }
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        while (!best.isEmpty()) {
            int g = best.poll();
            SortedSetDocValues values = DocValues.getSortedSet(leaves.get(map.getFirstSegmentNumber(g)).reader(), field);
            out.add(Map.entry(values.lookupOrd(map.getFirstSegmentOrd(g)).utf8ToString(), counts[g]));
        }
        Collections.reverse(out);
        return out;
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

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
 * Counts of the values of doc-value fields over every document matching a query, in one pass.
 * Counting is by global ordinal (one count array per field over the whole index, segment ordinals
 * mapped through an {@link OrdinalMap} built once per reader), and only the top values are turned
 * back into strings: a broad query over a store naming tens of thousands of entities costs one
 * array increment per match and value, not a string per value.
 */
final class Facets {

    /** Ordinal maps per reader (weakly held: a reader closed and dropped takes its maps with it). */
    private static final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> ORDINAL_MAPS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Facets() {
    }

    /** For each field, its values by count (most first, then value), at most {@code top} of them. */
    static Map<String, List<Map.Entry<String, Long>>> count(IndexSearcher searcher, Query query, List<String> fields,
                                                             int top) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        OrdinalMap[] maps = new OrdinalMap[fields.size()];
        long[][] counts = new long[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            maps[f] = ordinalMap(reader, fields.get(f));
            counts[f] = new long[(int) (maps[f] == null ? 0 : maps[f].getValueCount())];
        }
        if (leaves.isEmpty()) {
            return empty(fields);
        }
        searcher.search(query, new SimpleCollector() {
            private final SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
            private final LongValues[] toGlobal = new LongValues[fields.size()];

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                for (int f = 0; f < fields.size(); f++) {
                    values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
                    toGlobal[f] = maps[f] == null ? null : maps[f].getGlobalOrds(context.ord);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int f = 0; f < values.length; f++) {
                    if (toGlobal[f] != null && values[f].advanceExact(doc)) {
                        for (int k = 0; k < values[f].docValueCount(); k++) {
                            counts[f][(int) toGlobal[f].get(values[f].nextOrd())]++;
                        }
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
            out.put(fields.get(f), top(leaves, fields.get(f), maps[f], counts[f], top));
        }
        return out;
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

    private static OrdinalMap ordinalMap(IndexReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Map<String, OrdinalMap> perField = helper == null ? new HashMap<>()
                : ORDINAL_MAPS.computeIfAbsent(helper.getKey(), k -> new java.util.concurrent.ConcurrentHashMap<>());
        OrdinalMap map = perField.get(field);
        if (map == null && !reader.leaves().isEmpty()) {
            SortedSetDocValues[] values = new SortedSetDocValues[reader.leaves().size()];
            for (LeafReaderContext leaf : reader.leaves()) {
                values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
            }
            map = OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
            perField.put(field, map);
        }
        return map;
    }

    private static Map<String, List<Map.Entry<String, Long>>> empty(List<String> fields) {
        Map<String, List<Map.Entry<String, Long>>> out = new HashMap<>();
        fields.forEach(f -> out.put(f, List.of()));
        return out;
    }
}

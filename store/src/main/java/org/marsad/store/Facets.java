package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts of the values of doc-value fields over every document matching a query, in one pass.
 * Counting is by ordinal per segment, so no string is made per document.
 */
final class Facets {

    private Facets() {
    }

    /** For each field, its values by count (most first, then value), at most {@code top} of them. */
    static Map<String, List<Map.Entry<String, Long>>> count(IndexSearcher searcher, Query query, List<String> fields,
                                                             int top) throws IOException {
        Map<String, Map<String, Long>> totals = new HashMap<>();
        for (String f : fields) {
            totals.put(f, new HashMap<>());
        }
        searcher.search(query, new SimpleCollector() {
            private SortedSetDocValues[] values;
            private long[][] counts;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                flush();
                values = new SortedSetDocValues[fields.size()];
                counts = new long[fields.size()][];
                for (int i = 0; i < fields.size(); i++) {
                    values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                    counts[i] = new long[(int) values[i].getValueCount()];
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int i = 0; i < values.length; i++) {
                    if (values[i].advanceExact(doc)) {
                        for (int k = 0; k < values[i].docValueCount(); k++) {
                            counts[i][(int) values[i].nextOrd()]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                flush();
                values = null;
            }

            private void flush() throws IOException {
                if (values == null) {
                    return;
                }
                for (int i = 0; i < values.length; i++) {
                    Map<String, Long> total = totals.get(fields.get(i));
                    for (int ord = 0; ord < counts[i].length; ord++) {
                        if (counts[i][ord] > 0) {
                            total.merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
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
        for (String f : fields) {
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(totals.get(f).entrySet());
            sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            out.put(f, sorted.subList(0, Math.min(top, sorted.size())));
        }
        return out;
    }
}

package org.marsad.store;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Where a query's terms stand in a document's text, read from the index's positions rather than by
 * analyzing the text again: a snippet then only counts words up to the last position to find their
 * offsets (see {@link Snippets#atPositions}). The text field's chain turns each word into exactly
 * one token, so a position is the word's number in the text.
 */
final class TermPositions {

    private static final int[] NONE = new int[0];

    private TermPositions() {
    }

    /**
     * The sorted, distinct positions of {@code terms} in the {@link Fields#TEXT} of each top-level
     * document id of {@code docs} (a results page: distinct ids), in the order given. Each segment's terms are
     * looked up once for all the page's documents in it, which are visited in index order.
     */
    static int[][] of(IndexSearcher searcher, int[] docs, Set<String> terms) throws IOException {
        int[][] out = new int[docs.length][];
        Arrays.fill(out, NONE);
        if (terms.isEmpty() || docs.length == 0) {
            return out;
        }
        Integer[] order = HitValues.inIndexOrder(docs);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<BytesRef> termBytes = terms.stream().sorted().map(BytesRef::new).toList();
        int[] counts = new int[docs.length];
        PostingsEnum postings = null;
        int from = 0;
        while (from < order.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[order[from]], leaves));
            int to = from;
            while (to < order.length && docs[order[to]] < leaf.docBase + leaf.reader().maxDoc()) {
                to++;
            }
            Terms text = leaf.reader().terms(Fields.TEXT);
            TermsEnum termsEnum = text == null ? null : text.iterator();
            for (BytesRef term : termBytes) {
                if (termsEnum == null || !termsEnum.seekExact(term)) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.POSITIONS);
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    int local = docs[i] - leaf.docBase;
                    // the postings may already stand on this document, reached while seeking an earlier one
                    if (postings.docID() > local || (postings.docID() < local && postings.advance(local) != local)) {
                        continue;
                    }
                    int freq = postings.freq();
                    if (counts[i] + freq > out[i].length) {
                        out[i] = Arrays.copyOf(out[i], Math.max(2 * out[i].length, counts[i] + freq));
                    }
                    for (int p = 0; p < freq; p++) {
                        out[i][counts[i]++] = postings.nextPosition();
                    }
                }
            }
            from = to;
        }
        for (int i = 0; i < docs.length; i++) {
            out[i] = sortedDistinct(out[i], counts[i]);
        }
        return out;
    }

    private static int[] sortedDistinct(int[] positions, int count) {
        Arrays.sort(positions, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || positions[i] != positions[distinct - 1]) {
                positions[distinct++] = positions[i];
            }
        }
        return distinct == positions.length ? positions : Arrays.copyOf(positions, distinct);
    }
}

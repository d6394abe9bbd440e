package org.marsad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * What a results page reads of each hit ({@link Fields#BRIEF}, and an article's
 * {@link Fields#HIT_BODY} and {@link Fields#HIT_MENTIONS} for its snippet), kept as binary doc
 * values rather than stored fields. Lucene reads a document's stored fields by decompressing all of
 * them, the whole record's JSON included, and on the July store that decompression was a fifth of a
 * search's CPU; a doc value is read as it lies, uncompressed, by itself.
 */
final class HitValues {

    private HitValues() {
    }

    /** The brief of a document (see {@link Fields#BRIEF}). */
    static BinaryDocValuesField brief(String brief) {
        return text(Fields.BRIEF, brief);
    }

    static BinaryDocValuesField text(String field, String value) {
        return new BinaryDocValuesField(field, new BytesRef(value));
    }

    /** The brief of a top-level document id, or null if it has none. */
    static String brief(IndexSearcher searcher, int doc) throws IOException {
        return read(searcher, doc, Fields.BRIEF);
    }

    /** The value of {@code field} of a top-level document id, or null if it has none. */
    static String read(IndexSearcher searcher, int doc, String field) throws IOException {
        return readAll(searcher, new int[] {doc}, field)[0];
    }

    /**
     * The doc value {@code field} of a top-level document id, else its stored field
     * {@code storedBefore}, where a store written before the doc value keeps it; null if neither.
     */
    static String read(IndexSearcher searcher, int doc, String field, String storedBefore) throws IOException {
        return readAll(searcher, new int[] {doc}, field, storedBefore)[0];
    }

    /**
     * The values of {@code field} of top-level document ids (a results page), in the order given;
     * null where a document has none. Read in index order with one doc-values reader per segment:
     * each reader allocates a buffer as long as the segment's longest value, a whole article for
     * {@link Fields#HIT_BODY}.
     */
    static String[] readAll(IndexSearcher searcher, int[] docs, String field) throws IOException {
        Integer[] order = inIndexOrder(docs);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] out = new String[docs.length];
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getBinary(leaf.reader(), field);
            }
            // the same document twice (never on a results page) is read from a fresh reader
            if (values.docID() >= doc - leaf.docBase) {
                values = DocValues.getBinary(leaf.reader(), field);
            }
            if (values.advanceExact(doc - leaf.docBase)) {
                BytesRef b = values.binaryValue();
                out[i] = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
            }
        }
        return out;
    }

    /** The indexes of {@code docs} (top-level document ids) in the order of the ids: how doc values and postings are read. */
    static Integer[] inIndexOrder(int[] docs) {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        return order;
    }

    /** {@link #readAll}, then the stored field {@code storedBefore} of a document without the doc value (an older store). */
    static String[] readAll(IndexSearcher searcher, int[] docs, String field, String storedBefore) throws IOException {
        String[] out = readAll(searcher, docs, field);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = searcher.storedFields().document(docs[i], Set.of(storedBefore)).get(storedBefore);
            }
        }
        return out;
    }
}

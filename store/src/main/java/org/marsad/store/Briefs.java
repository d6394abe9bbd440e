package org.marsad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link Fields#BRIEF} of a document, kept as a binary doc value rather than a stored field:
 * stored fields are read by decompressing a whole block, big records and all, while a results page
 * needs only these few hundred bytes per hit.
 */
final class Briefs {

    private Briefs() {
    }

    static BinaryDocValuesField field(String brief) {
        return new BinaryDocValuesField(Fields.BRIEF, new BytesRef(brief));
    }

    /** The brief of a top-level document id, or null if it has none. */
    static String read(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = searcher.getIndexReader().leaves()
                .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.BRIEF);
        if (!values.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        BytesRef b = values.binaryValue();
        return new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
    }
}

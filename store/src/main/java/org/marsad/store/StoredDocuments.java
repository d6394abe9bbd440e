package org.marsad.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.codec.JsonCodec;

/**
 * The JSON the store keeps with each document, deflated. A search reads other stored fields of its
 * hits (the body for snippets), and Lucene decompresses a document's stored fields whole: the JSON,
 * several times the body (it holds the text again with every entity, date and event), was most of
 * what each hit cost to read. Deflated by us it is a third of its size, and Lucene's own compression
 * passes over it quickly. A store written before stays readable: raw JSON starts with a brace,
 * which a deflate stream never does.
 */
final class StoredDocuments {

    private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);

    private StoredDocuments() {
    }

    /** The stored JSON of one document. */
    static JsonNode json(IndexSearcher searcher, int doc) throws IOException {
        return json(searcher.storedFields().document(doc, JSON_ONLY));
    }

    static JsonNode json(Document d) {
        BytesRef bytes = d.getBinaryValue(Fields.JSON);
        try {
            if (bytes.length > 0 && bytes.bytes[bytes.offset] == '{') {
                return JsonCodec.mapper().readTree(bytes.bytes, bytes.offset, bytes.length);
            }
            return JsonCodec.mapper().readTree(new InflaterInputStream(
                    new ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length)));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored document's JSON does not parse; the store is damaged", e);
        }
    }

    /** The stored field of a document's JSON. */
    static StoredField field(JsonNode json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater)) {
            JsonCodec.mapper().writeValue(deflated, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a document's JSON to memory", e);
        } finally {
            deflater.end();
        }
        return new StoredField(Fields.JSON, out.toByteArray());
    }

    /**
     * The stored JSON field of every document matching {@code query}, in index order, not yet
     * inflated or parsed: reading is sequential, and {@link #json(Document)} can then run on every core.
     */
    static List<Document> jsonFields(IndexSearcher searcher, Query query) throws IOException {
        List<Document> out = new ArrayList<>();
        searcher.search(query, new SimpleCollector() {
            private StoredFields stored;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                stored = context.reader().storedFields();
            }

            @Override
            public void collect(int doc) throws IOException {
                out.add(stored.document(doc, JSON_ONLY));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return out;
    }
}

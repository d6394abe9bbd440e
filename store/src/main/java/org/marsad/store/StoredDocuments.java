package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.marsad.store.codec.JsonCodec;

/** Reading the JSON the store keeps with each document. */
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
            return JsonCodec.mapper().readTree(new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored document's JSON does not parse; the store is damaged", e);
        }
    }

    /** Visits the stored JSON of every document matching {@code query}, in index order. */
    static void forEach(IndexSearcher searcher, Query query, Consumer<JsonNode> visitor) throws IOException {
        searcher.search(query, new SimpleCollector() {
            private StoredFields stored;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                stored = context.reader().storedFields();
            }

            @Override
            public void collect(int doc) throws IOException {
                visitor.accept(json(stored.document(doc, JSON_ONLY)));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
    }
}

package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.store.analysis.ArabicSearchAnalyzer;
import org.marsad.store.codec.JsonCodec;

class HitValuesTest {

    @TempDir
    Path tmp;

    @Test
    void aHitIsReadFromDocValuesAndAStoreWrittenBeforeThemStillGivesSnippets() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), """
                افتتاح جسر جديد على النهر
                تاريخ النشر: 3 مارس 2024
                افتتح المحافظ صباح اليوم الجسر الجديد الذي يربط ضفتي النهر بعد عامين من العمل.
                ويختصر الجسر زمن العبور إلى عشر دقائق بعد أن كان يستغرق ساعة.
                """);
        Files.writeString(pages.resolve("b.txt"), """
                مهرجان للتمور في القصيم
                تاريخ النشر: 4 مارس 2024
                انطلق مهرجان التمور في القصيم بمشاركة مئات المزارعين، ويعرض المهرجان أصناف التمور والجسور التجارية مع الأسواق.
                """);
        Path data = tmp.resolve("data");
        try (StoreWriter writer = StoreWriter.open(data, new Marsad(), 1)) {
            writer.ingest(List.of(pages.toString()), IngestListener.SILENT);
        }
        try (MarsadStore store = MarsadStore.open(data)) {
            assertMarkedSnippet(store.search(SearchRequest.of("الجسر")), "الجسر");
        }

        // rewrite one article as a store written before the doc values holds it: body and mentions stored
        rewriteAsBefore(data, pages.resolve("a.txt"));
        try (MarsadStore store = MarsadStore.open(data)) {
            assertMarkedSnippet(store.search(SearchRequest.of("الجسر")), "الجسر");
        }
    }

    private static void assertMarkedSnippet(SearchResult result, String word) {
        assertEquals(1, result.total(), result.toString());
        Hit hit = result.hits().get(0);
        assertTrue(hit.snippet().stream().anyMatch(p -> p.match() && p.text().equals(word)), hit.snippet().toString());
        assertEquals("افتتاح جسر جديد على النهر", hit.title());
    }

    private static void rewriteAsBefore(Path data, Path page) throws IOException {
        try (FSDirectory dir = FSDirectory.open(data);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new ArabicSearchAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Document old;
            Map<String, String> commitData;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] docs = searcher.search(new TermQuery(new Term(Fields.PAGE, page.toAbsolutePath().toString())), 2).scoreDocs;
                assertEquals(1, docs.length);
                Document stored = searcher.storedFields().document(docs[0].doc);
                AnalyzedArticle analyzed = JsonCodec.analyzedArticle(StoredDocuments.json(stored));
                assertNotNull(HitValues.read(searcher, docs[0].doc, Fields.HIT_BODY));
                old = ArticleDocuments.of(analyzed, stored.get(Fields.PAGE), stored.get(Fields.PAGE_HASH));
                String mentions = HitValues.read(searcher, docs[0].doc, Fields.HIT_MENTIONS);
                old.removeField(Fields.HIT_BODY);
                old.removeField(Fields.HIT_MENTIONS);
                old.add(new StoredField(Fields.BODY, analyzed.article().text()));
                old.add(new StoredField(Fields.MENTIONS, mentions));
                commitData = new HashMap<>(reader.getIndexCommit().getUserData());
            }
            writer.updateDocument(new Term(Fields.PAGE, page.toAbsolutePath().toString()), old);
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int doc = searcher.search(new TermQuery(new Term(Fields.PAGE, page.toAbsolutePath().toString())), 1)
                        .scoreDocs[0].doc;
                assertNull(HitValues.read(searcher, doc, Fields.HIT_BODY), "the rewritten article has no doc value");
            }
        }
    }
}

package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Lookups every results page needs, built once per index reader (that is, once per commit) and
 * shared by all queries on it: each article's story, and each entity's display name. Building
 * reads the brief doc values of the story and entity documents only; a reader that is dropped
 * takes its lookups with it.
 */
final class ReaderLookups {

    private static final Map<IndexReader.CacheKey, ReaderLookups> BY_READER = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, StoryBrief> storyOfArticle;
    private final Map<String, String> entityNames;

    private ReaderLookups(Map<String, StoryBrief> storyOfArticle, Map<String, String> entityNames) {
        this.storyOfArticle = storyOfArticle;
        this.entityNames = entityNames;
    }

    static ReaderLookups of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        synchronized (BY_READER) {
            return BY_READER.computeIfAbsent(helper.getKey(), k -> build(reader));
        }
    }

    StoryBrief storyOf(String articleId) {
        return storyOfArticle.get(articleId);
    }

    String entityName(String entityId) {
        return entityNames.get(entityId);
    }

    private static ReaderLookups build(IndexReader reader) {
        Map<String, StoryBrief> stories = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues members = DocValues.getBinary(leaf.reader(), Fields.MEMBERS);
                BinaryDocValues briefs = DocValues.getBinary(leaf.reader(), Fields.BRIEF);
                for (int doc = members.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = members.nextDoc()) {
                    if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                        continue;
                    }
                    if (briefs.advanceExact(doc)) {
                        StoryBrief brief = StoryBrief.parse(string(briefs.binaryValue()));
                        for (String id : string(members.binaryValue()).split(" ")) {
                            stories.put(id, brief);
                        }
                    }
                }
                BinaryDocValues entityNames = DocValues.getBinary(leaf.reader(), Fields.ENTITY_NAME);
                for (int doc = entityNames.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entityNames.nextDoc()) {
                    if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                        continue;
                    }
                    String[] idAndName = string(entityNames.binaryValue()).split(" ", 2);
                    names.put(idAndName[0], idAndName[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store's stories and entities", e);
        }
        return new ReaderLookups(stories, names);
    }

    private static String string(BytesRef b) {
        return new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
    }
}

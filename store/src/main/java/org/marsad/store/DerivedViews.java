package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityMention;
import org.marsad.normalize.ArabicNormalizer;
import org.marsad.store.codec.JsonCodec;
import org.marsad.story.Story;
import org.marsad.story.StoryArticle;
import org.marsad.tags.StoryTags;
import org.marsad.story.StoryClusterer;

/**
 * Stories and entities, computed from all stored articles at once: stories by clustering every
 * article as one batch (the clusterer's canonical, order-independent answer), entities by counting
 * what the articles name. Rebuilt at the end of every ingest, so what a reader sees never depends on
 * the order or the batches pages arrived in.
 */
final class DerivedViews {

    /** Entities listed beside an entity or a story. */
    static final int TOP_ENTITIES = 20;
    /** Keyword tags kept per story. */
    static final int STORY_TAGS = 8;
    /** Spellings kept per entity. */
    static final int TOP_VARIANTS = 30;

    private DerivedViews() {
    }

    /** Where the views' documents go. */
    interface Sink {
        /** Every entity's document, in entity order; called on the executor's thread. */
        void entities(List<Document> documents) throws IOException;

        /**
         * Every story's document, in story order, called on the thread that writes the views; the
         * documents are still being built while they are iterated (the iterator waits for each).
         */
        void stories(Iterable<Document> documents) throws IOException;
    }

    /**
     * Stories on the calling thread (clustering is sequential by design), entities meanwhile on
     * {@code executor}: the two read the same articles and write nothing in common. The entities
     * start once the clusterer's work on every core (each article's words) is done, so that they
     * fill the core the sequential placing leaves idle rather than slow that work down. The stories'
     * documents are built on the executor while the sink takes the ones ready, in story order.
     *
     * @return the number of stories and of entities
     */
    static long[] write(List<AnalyzedArticle> articles, Executor executor, Sink sink) throws IOException {
        List<AnalyzedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(a -> a.article().id()));
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        for (AnalyzedArticle a : sorted) {
            byId.put(a.article().id(), a);
        }
        StoryClusterer clusterer = new StoryClusterer();
        StoryClusterer.Prepared batch = clusterer.prepare(sorted.stream().map(StoryArticle::of).toList());
        CompletableFuture<Integer> entities = CompletableFuture.supplyAsync(() -> {
            List<Document> documents = entities(sorted);
            try {
                sink.entities(documents);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return documents.size();
        }, executor);
        clusterer.add(batch);
        List<Story> stories = clusterer.stories();
        // a story's document depends on the story alone
        List<CompletableFuture<Document>> documents = new ArrayList<>(stories.size());
        for (Story story : stories) {
            documents.add(CompletableFuture.supplyAsync(() -> storyDocument(story, byId), executor));
        }
        sink.stories(() -> documents.stream().map(CompletableFuture::join).iterator());
        return new long[] {stories.size(), join(entities)};
    }

    /** The future's value; an input/output failure in it is thrown as such. */
    private static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Document storyDocument(Story story, Map<String, AnalyzedArticle> byId) {
        List<AnalyzedArticle> members = story.articles().stream().map(s -> byId.get(s.id())).toList();
        ObjectNode json = JsonCodec.mapper().createObjectNode();
        json.set("story", JsonCodec.story(story));
        ArrayNode refs = json.putArray("articles");
        for (AnalyzedArticle m : members) {
            refs.add(JsonCodec.articleRef(ref(m.article(), StoryBrief.of(story))));
        }
        json.set("entities", JsonCodec.entityCounts(entityCounts(members, null)));
        ArrayNode tags = json.putArray("tags");
        StoryTags.of(members, STORY_TAGS).forEach(tags::add);

        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.STORY, Field.Store.NO));
        d.add(new StringField(Fields.ID, story.id(), Field.Store.YES));
        for (StoryArticle m : story.articles()) {
            d.add(new StringField(Fields.MEMBER, m.id(), Field.Store.NO));
        }
        if (story.title() != null) {
            d.add(new TextField(Fields.TITLE, story.title(), Field.Store.NO));
        }
        d.add(new TextField(Fields.TEXT, String.join("\n", story.summary()), Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.RANK, story.last() == null ? Fields.UNDATED : story.last().toEpochDay()));
        d.add(StoredDocuments.field(json));
        d.add(HitValues.brief(StoryBrief.of(story).stored()));
        d.add(new BinaryDocValuesField(Fields.MEMBERS, new BytesRef(String.join(" ",
                story.articles().stream().map(StoryArticle::id).toList()))));
        return d;
    }

    /**
     * An article as story and entity pages list it; an undated article in a dated story takes the
     * story's first day ({@code published_from: story}).
     */
    static ArticleRef ref(Article a, StoryBrief story) {
        return ref(new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.publishedFrom(), a.source(),
                a.position(), a.role().jsonName(), null), story);
    }

    /** A stored reference placed in its story (null: none), the story's first day given to an undated one. */
    static ArticleRef ref(ArticleRef a, StoryBrief story) {
        boolean fromStory = a.published() == null && story != null && story.first() != null;
        return new ArticleRef(a.id(), a.title(), a.outlet(), fromStory ? story.first() : a.published(),
                fromStory ? "story" : a.publishedFrom(), a.source(), a.position(), a.role(),
                story == null ? null : story.id());
    }

    /** Entities named by the articles, by how many articles name them (then id), {@code except} left out. */
    static List<EntityCount> entityCounts(List<AnalyzedArticle> articles, String except) {
        Map<String, Entity> entities = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            for (ArticleEntity e : a.entities()) {
                String id = e.entity().id();
                if (!id.equals(except)) {
                    entities.putIfAbsent(id, e.entity());
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ENTITIES)
                .map(e -> {
                    Entity entity = entities.get(e.getKey());
                    return new EntityCount(entity.id(), entity.name(), entity.type().name(), e.getValue());
                })
                .toList();
    }

    private static List<Document> entities(List<AnalyzedArticle> articles) {
        List<Document> entityDocuments = new ArrayList<>();
        Map<String, List<AnalyzedArticle>> byEntity = new LinkedHashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        Map<String, Map<String, Integer>> variants = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            for (ArticleEntity e : a.entities()) {
                String id = e.entity().id();
                entities.putIfAbsent(id, e.entity());
                byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
                Map<String, Integer> spellings = variants.computeIfAbsent(id, k -> new HashMap<>());
                for (EntityMention m : e.mentions()) {
                    spellings.merge(m.text(), 1, Integer::sum);
                }
            }
        }
        ArabicNormalizer normalizer = ArabicNormalizer.standard();
        for (Map.Entry<String, List<AnalyzedArticle>> e : byEntity.entrySet()) {
            Entity entity = entities.get(e.getKey());
            List<VariantCount> spellings = variants.get(e.getKey()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_VARIANTS)
                    .map(v -> new VariantCount(v.getKey(), v.getValue()))
                    .toList();
            EntitySummary summary = new EntitySummary(entity, e.getValue().size(), spellings);
            ObjectNode json = JsonCodec.mapper().createObjectNode();
            json.set("entity", JsonCodec.entitySummary(summary));
            json.set("cooccurring", JsonCodec.entityCounts(entityCounts(e.getValue(), entity.id())));

            Document d = new Document();
            d.add(new StringField(Fields.KIND, Fields.ENTITY, Field.Store.NO));
            d.add(new StringField(Fields.ID, entity.id(), Field.Store.YES));
            d.add(new StringField(Fields.ENTITY_TYPE, entity.type().name(), Field.Store.NO));
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.name());
            if (entity.nameEn() != null) {
                names.add(entity.nameEn());
            }
            spellings.forEach(v -> names.add(v.text()));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(entity.id());
            for (String name : names) {
                d.add(new TextField(Fields.NAMES, name, Field.Store.NO));
                keys.add(normalizer.key(name));
            }
            for (String key : keys) {
                d.add(new StringField(Fields.NAME_KEY, key, Field.Store.NO));
            }
            d.add(new NumericDocValuesField(Fields.RANK, summary.articles()));
            d.add(HitValues.brief(entity.name()));
            d.add(new BinaryDocValuesField(Fields.ENTITY_NAME, new BytesRef(entity.id() + " " + entity.name())));
            d.add(StoredDocuments.field(json));
            entityDocuments.add(d);
        }
        return entityDocuments;
    }
}

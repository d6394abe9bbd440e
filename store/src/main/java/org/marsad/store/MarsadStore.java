package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.LongPoint;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityType;
import org.marsad.event.Timeline;
import org.marsad.event.TimelineEvent;
import org.marsad.normalize.ArabicNormalizer;
import org.marsad.store.analysis.ArabicSearchAnalyzer;
import org.marsad.store.codec.JsonCodec;
import org.marsad.story.Story;

/**
 * The store, read side: searches and the views of stories, entities and timelines over the last
 * commit. Sees new commits (of an ingest running in another process, too) within a second.
 * Thread-safe; open one per directory and share it.
 */
public final class MarsadStore implements StoreView, AutoCloseable {

    /** How often a query checks for a new commit. */
    private static final long REFRESH_NANOS = 1_000_000_000L;
    /** Facet values returned per facet. */
    static final int FACET_VALUES = 15;
    /** Articles listed on an entity page. */
    static final int ENTITY_ARTICLES = 100;
    /** Articles read for a timeline, newest first. */
    static final int TIMELINE_ARTICLES = 2_000;

    private static final Map<String, Float> ARTICLE_FIELDS = Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f);
    private static final Map<String, Float> ENTITY_FIELDS = Map.of(Fields.NAMES, 1f);

    /**
     * Searchers without Lucene's query cache: its one synchronized map was where concurrent
     * requests queued, and the filters it would cache (kind, outlet) cost little to run.
     */
    private static final org.apache.lucene.search.SearcherFactory UNCACHED = new org.apache.lucene.search.SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                         org.apache.lucene.index.IndexReader previous) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    private final Path dir;
    private final Directory directory;
    /** Related articles are asked for this many times the list's length, so that one per story still fills it. */
    private static final int RELATED_PER_STORY_SLACK = 4;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final WordForms wordForms = new WordForms(analyzer);
    private final ArabicNormalizer normalizer = ArabicNormalizer.standard();
    private final EntityRecognizer recognizer;
    private volatile SearcherManager searchers;
    private volatile long lastRefresh;

    private MarsadStore(Path dir, EntityRecognizer recognizer) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
        this.recognizer = recognizer;
    }

    /**
     * Opens the store in {@code dir} for reading. A directory without a store yet reads as empty
     * until an ingest commits there.
     *
     * @throws IOException if {@code dir} exists and is not a directory, or cannot be read
     */
    public static MarsadStore open(Path dir) throws IOException {
        return open(dir, new EntityRecognizer());
    }

    public static MarsadStore open(Path dir, EntityRecognizer recognizer) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory (a store is a directory)");
        }
        Files.createDirectories(dir);
        return new MarsadStore(dir, recognizer);
    }

    public Path dir() {
        return dir;
    }

    // ---- search ---------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchRequest request) throws QuerySyntaxException {
        return withSearcher(searcher -> {
            // the words of a query are looked up as entity names once, whichever query asks
            Map<String, Set<String>> named = new HashMap<>();
            java.util.function.Function<String, Set<String>> entitiesNamedBy =
                    words -> named.computeIfAbsent(words, w -> entityIdsNamedBy(searcher, w));
            Set<String> entityIds = new LinkedHashSet<>();
            Query articleText = QueryParsing.parse(request.query(), ARTICLE_FIELDS, analyzer,
                    words -> collect(entitiesNamedBy.apply(words), entityIds), Fields.ENTITIES);
            Query articles = articleQuery(searcher, articleText, request);
            Query stories = and(kind(Fields.STORY), QueryParsing.parse(request.query(), ARTICLE_FIELDS, analyzer,
                    words -> Set.of(), null));
            Query entities = entityQuery(searcher, request.query(), entitiesNamedBy);

            // an article search fills its results page in the counting pass
            TopDocsCollector<?> page = Fields.ARTICLE.equals(request.type()) ? pageCollector(request, Fields.PUBLISHED) : null;
            var counts = Facets.count(searcher, articles, List.of(Fields.OUTLET, Fields.ENTITIES, Fields.MONTH),
                    FACET_VALUES, page);
            long storyCount = searcher.count(stories);
            long entityCount = searcher.count(entities);
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            facets.put("type", List.of(
                    new FacetValue(Fields.ARTICLE, Fields.ARTICLE, counts.matches()),
                    new FacetValue(Fields.STORY, Fields.STORY, storyCount),
                    new FacetValue(Fields.ENTITY, Fields.ENTITY, entityCount)));
            facets.put("outlet", values(counts.values().get(Fields.OUTLET), Map.of()));
            facets.put("entity", values(counts.values().get(Fields.ENTITIES),
                    entityNames(searcher, counts.values().get(Fields.ENTITIES))));
            facets.put("month", values(counts.values().get(Fields.MONTH), Map.of()));

            return switch (request.type()) {
                case Fields.ARTICLE -> articleHits(searcher, pageOf(page, searcher, articles, request), articles, request,
                        entityIds, counts.matches(), facets);
                case Fields.STORY -> storyHits(searcher, stories, request, storyCount, facets);
                case Fields.ENTITY -> entityHits(searcher, entities, request, entityCount, facets);
                default -> throw new QuerySyntaxException("unknown type \"" + request.type()
                        + "\": use article, story or entity");
            };
        });
    }

    private Query articleQuery(IndexSearcher searcher, Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(kind(Fields.ARTICLE), BooleanClause.Occur.FILTER)
                .add(text, BooleanClause.Occur.MUST);
        if (!r.outlets().isEmpty()) {
            b.add(new TermInSetQuery(Fields.OUTLET, r.outlets().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        for (String entity : r.entities()) {
            b.add(new TermQuery(new Term(Fields.ENTITIES, entity)), BooleanClause.Occur.FILTER);
        }
        if (r.story() != null) {
            List<BytesRef> members = storyMembers(searcher, r.story()).stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(Fields.ID, members), BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE + 1 : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private SearchResult articleHits(IndexSearcher searcher, TopDocs top, Query query, SearchRequest r, Set<String> entityIds,
                                     long total, Map<String, List<FacetValue>> facets) throws IOException {
        Set<String> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(new HashSet<Term>() {
            @Override
            public boolean add(Term t) {
                if (Fields.TEXT.equals(t.field()) || Fields.TITLE.equals(t.field())) {
                    terms.add(t.text());
                }
                return super.add(t);
            }
        }));
        int[] docs = new int[Math.max(0, top.scoreDocs.length - r.offset())];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[r.offset() + i].doc;
        }
        String[] briefs = HitValues.readAll(searcher, docs, Fields.BRIEF);
        String[] bodies = HitValues.readAll(searcher, docs, Fields.HIT_BODY, Fields.BODY);
        String[] mentions = HitValues.readAll(searcher, docs, Fields.HIT_MENTIONS, Fields.MENTIONS);
        int[][] positions = TermPositions.of(searcher, docs, terms);
        List<ArticleRef> refs = new ArrayList<>();
        for (String brief : briefs) {
            refs.add(JsonCodec.articleRef(JsonCodec.mapper().readTree(brief)));
        }
        Map<String, StoryBrief> stories = storiesOf(searcher, refs.stream().map(ArticleRef::id).toList());
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            ArticleRef ref = DerivedViews.ref(refs.get(i), stories.get(refs.get(i).id()));
            float score = top.scoreDocs[r.offset() + i].score;
            hits.add(new Hit(Fields.ARTICLE, ref.id(), ref.title(), ref.published(), ref.outlet(), ref.story(),
                    Snippets.atPositions(bodies[i], Snippets.mentionSpans(mentions[i], entityIds),
                            positions[i]),
                    Float.isNaN(score) ? 0 : score));
        }
        return new SearchResult(total, hits, facets);
    }

    private SearchResult storyHits(IndexSearcher searcher, Query query, SearchRequest r, long total,
                                   Map<String, List<FacetValue>> facets) throws IOException {
        TopDocs top = top(searcher, query, r, Fields.RANK);
        List<Hit> hits = new ArrayList<>();
        for (int i = r.offset(); i < top.scoreDocs.length; i++) {
            StoryView v = storyView(StoredDocuments.json(searcher, top.scoreDocs[i].doc));
            Story s = v.story();
            hits.add(new Hit(Fields.STORY, s.id(), s.title(), s.last(), null, null,
                    s.summary().isEmpty() ? List.of() : List.of(new SnippetPart(s.summary().get(0), false)),
                    top.scoreDocs[i].score));
        }
        return new SearchResult(total, hits, facets);
    }

    private SearchResult entityHits(IndexSearcher searcher, Query query, SearchRequest r, long total,
                                    Map<String, List<FacetValue>> facets) throws IOException {
        TopDocs top = top(searcher, query, r, Fields.RANK);
        List<Hit> hits = new ArrayList<>();
        for (int i = r.offset(); i < top.scoreDocs.length; i++) {
            EntitySummary s = JsonCodec.entitySummary(StoredDocuments.json(searcher, top.scoreDocs[i].doc).path("entity"));
            String spellings = String.join("، ", s.variants().stream().map(VariantCount::text).toList());
            hits.add(new Hit(Fields.ENTITY, s.entity().id(), s.entity().name(), null, null, null,
                    spellings.isEmpty() ? List.of() : List.of(new SnippetPart(spellings, false)), top.scoreDocs[i].score));
        }
        return new SearchResult(total, hits, facets);
    }

    /**
     * The page of hits. The number of matches is counted exactly elsewhere (with the facets), so the
     * collectors here count none beyond the page: they may skip documents that cannot make it.
     */
    private static TopDocs top(IndexSearcher searcher, Query query, SearchRequest r, String dateField) throws IOException {
        int n = pageEnd(r);
        if (r.sort() == SearchRequest.Sort.DATE) {
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(byDate(dateField), n, null, n));
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
            return top;
        }
        return searcher.search(query, new TopScoreDocCollectorManager(n, n));
    }

    /** A collector of the results page of {@code r} that may see every match (no skipping: all are visited anyway). */
    private static TopDocsCollector<?> pageCollector(SearchRequest r, String dateField) {
        int n = pageEnd(r);
        return r.sort() == SearchRequest.Sort.DATE
                ? new TopFieldCollectorManager(byDate(dateField), n, null, Integer.MAX_VALUE).newCollector()
                : new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE).newCollector();
    }

    /** The page a {@link #pageCollector} filled, with scores for a page sorted by date. */
    private static TopDocs pageOf(TopDocsCollector<?> page, IndexSearcher searcher, Query query, SearchRequest r)
            throws IOException {
        TopDocs top = page.topDocs();
        if (r.sort() == SearchRequest.Sort.DATE) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        }
        return top;
    }

    private static int pageEnd(SearchRequest r) {
        return Math.max(1, r.offset() + r.limit());
    }

    private static Sort byDate(String dateField) {
        return new Sort(new SortField(dateField, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    }

    /** Entities (in the store, or in the lexicon) that a word or phrase of a query names. */
    private Set<String> entityIdsNamedBy(IndexSearcher searcher, String words) {
        Set<String> ids = new LinkedHashSet<>();
        for (EntityMention m : recognizer.recognize(words)) {
            // only a mention that covers the whole word or phrase stands for it
            if (m.end() - m.start() >= words.strip().length() - 1) {
                ids.add(m.entity().id());
            }
        }
        try {
            TopDocs hits = searcher.search(and(kind(Fields.ENTITY),
                    new TermQuery(new Term(Fields.NAME_KEY, normalizer.key(words)))), 5);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : hits.scoreDocs) {
                ids.add(stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private Query entityQuery(IndexSearcher searcher, String text,
                              java.util.function.Function<String, Set<String>> entitiesNamedBy) throws QuerySyntaxException {
        if (text.isBlank()) {
            return kind(Fields.ENTITY);
        }
        Query names = QueryParsing.parse(text, ENTITY_FIELDS, analyzer, words -> Set.of(), null);
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(names, BooleanClause.Occur.SHOULD);
        for (String id : entitiesNamedBy.apply(text)) {
            either.add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.SHOULD);
        }
        return and(kind(Fields.ENTITY), either.build());
    }

    // ---- views ----------------------------------------------------------------------------

    @Override
    public Optional<StoredArticle> article(String id) {
        return withSearcherUnchecked(searcher -> {
            TopDocs hit = searcher.search(and(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.ID, id))), 1);
            if (hit.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = hit.scoreDocs[0].doc;
            AnalyzedArticle analyzed = JsonCodec.analyzedArticle(StoredDocuments.json(searcher, doc));
            String hash = searcher.storedFields().document(doc, Set.of(Fields.PAGE_HASH)).get(Fields.PAGE_HASH);
            StoryBrief story = storiesOf(searcher, List.of(id)).get(id);
            ArticleRef ref = DerivedViews.ref(analyzed.article(), story);
            if (ref.published() != null && analyzed.article().published() == null) {
                Article a = analyzed.article();
                analyzed = new AnalyzedArticle(new Article(a.id(), a.source(), a.position(), a.role(), a.title(),
                        ref.published(), ref.publishedFrom(), a.outlet(), a.section(), a.byline(), a.agencies(), a.tags(),
                        a.paragraphs(), a.captions(), a.related(), a.language(), a.blocks()),
                        analyzed.entities(), analyzed.times(), analyzed.events());
            }
            return Optional.of(new StoredArticle(analyzed, story == null ? null : story.id(), hash));
        });
    }

    @Override
    public List<RelatedArticle> related(String articleId, int limit) {
        return withSearcherUnchecked(searcher -> {
            TopDocs hit = searcher.search(and(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.ID, articleId))), 1);
            if (hit.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = hit.scoreDocs[0].doc;
            ArticleRef self = JsonCodec.articleRef(JsonCodec.mapper().readTree(HitValues.brief(searcher, doc)));
            String body = HitValues.read(searcher, doc, Fields.HIT_BODY, Fields.BODY);
            Set<String> excluded = new LinkedHashSet<>();
            excluded.add(articleId);
            StoryBrief story = storiesOf(searcher, List.of(articleId)).get(articleId);
            if (story != null) {
                excluded.addAll(storyMembers(searcher, story.id()));
            }
            String text = (self.title() == null ? "" : self.title() + "\n") + (body == null ? "" : body);
            ReaderLookups lookups = ReaderLookups.of(searcher.getIndexReader());
            List<RelatedArticle> out = new ArrayList<>();
            // one article per story: the best of a story stands for it, copies of it would crowd the list
            Set<String> storiesSeen = new HashSet<>();
            for (RelatedArticles.Scored s : new RelatedArticles(searcher, wordForms)
                    .find(doc, text, excluded, limit * RELATED_PER_STORY_SLACK)) {
                ArticleRef stored = JsonCodec.articleRef(JsonCodec.mapper().readTree(HitValues.brief(searcher, s.doc())));
                ArticleRef ref = DerivedViews.ref(stored, lookups.storyOf(stored.id()));
                if (out.size() == limit || (ref.story() != null && !storiesSeen.add(ref.story()))) {
                    continue;
                }
                List<String> names = s.entityIds().stream()
                        .map(id -> java.util.Objects.requireNonNullElse(lookups.entityName(id), id)).toList();
                out.add(new RelatedArticle(ref, s.score(), names, s.words()));
            }
            return out;
        });
    }

    @Override
    public List<StoryView> stories(int offset, int limit) {
        return withSearcherUnchecked(searcher -> {
            TopDocs top = searcher.search(kind(Fields.STORY), Math.max(1, offset + limit),
                    new Sort(new SortField(Fields.RANK, SortField.Type.LONG, true)));
            List<StoryView> out = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                out.add(storyView(StoredDocuments.json(searcher, top.scoreDocs[i].doc)));
            }
            return out;
        });
    }

    @Override
    public Optional<StoryView> story(String id) {
        return withSearcherUnchecked(searcher -> {
            TopDocs hit = searcher.search(and(kind(Fields.STORY), new TermQuery(new Term(Fields.ID, id))), 1);
            return hit.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(storyView(StoredDocuments.json(searcher, hit.scoreDocs[0].doc)));
        });
    }

    private static StoryView storyView(JsonNode json) {
        List<ArticleRef> refs = new ArrayList<>();
        for (JsonNode r : json.path("articles")) {
            refs.add(JsonCodec.articleRef(r));
        }
        List<String> tags = new ArrayList<>();
        json.path("tags").forEach(t -> tags.add(t.asText()));
        return new StoryView(JsonCodec.story(json.path("story")), refs, JsonCodec.entityCounts(json.path("entities")), tags);
    }

    @Override
    public List<EntitySummary> entities(EntityType type, int offset, int limit) {
        return withSearcherUnchecked(searcher -> {
            Query q = type == null ? kind(Fields.ENTITY)
                    : and(kind(Fields.ENTITY), new TermQuery(new Term(Fields.ENTITY_TYPE, type.name())));
            TopDocs top = searcher.search(q, Math.max(1, offset + limit),
                    new Sort(new SortField(Fields.RANK, SortField.Type.LONG, true)));
            List<EntitySummary> out = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                out.add(JsonCodec.entitySummary(StoredDocuments.json(searcher, top.scoreDocs[i].doc).path("entity")));
            }
            return out;
        });
    }

    @Override
    public Optional<EntityView> entity(String id) {
        return withSearcherUnchecked(searcher -> {
            TopDocs hit = searcher.search(and(kind(Fields.ENTITY), new TermQuery(new Term(Fields.ID, id))), 1);
            if (hit.scoreDocs.length == 0) {
                return Optional.empty();
            }
            JsonNode json = StoredDocuments.json(searcher, hit.scoreDocs[0].doc);
            TopDocs articles = searcher.search(and(kind(Fields.ARTICLE), new TermQuery(new Term(Fields.ENTITIES, id))),
                    ENTITY_ARTICLES, new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true)));
            List<Article> list = new ArrayList<>();
            for (ScoreDoc sd : articles.scoreDocs) {
                list.add(JsonCodec.article(StoredDocuments.json(searcher, sd.doc)));
            }
            Map<String, StoryBrief> stories = storiesOf(searcher, list.stream().map(Article::id).toList());
            List<ArticleRef> refs = list.stream().map(a -> DerivedViews.ref(a, stories.get(a.id()))).toList();
            return Optional.of(new EntityView(JsonCodec.entitySummary(json.path("entity")), refs,
                    JsonCodec.entityCounts(json.path("cooccurring"))));
        });
    }

    @Override
    public List<EntitySummary> findEntities(String name, int limit) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return withSearcherUnchecked(searcher -> {
            Query q;
            try {
                q = entityQuery(searcher, name, words -> entityIdsNamedBy(searcher, words));
            } catch (QuerySyntaxException e) {
                q = and(kind(Fields.ENTITY), new TermQuery(new Term(Fields.NAME_KEY, normalizer.key(name))));
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.ID, name.strip())), BooleanClause.Occur.SHOULD);
            List<EntitySummary> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(b.build(), Math.max(1, limit)).scoreDocs) {
                out.add(JsonCodec.entitySummary(StoredDocuments.json(searcher, sd.doc).path("entity")));
            }
            TopDocs exact = searcher.search(and(kind(Fields.ENTITY), new TermQuery(new Term(Fields.ID, name.strip()))), 1);
            if (exact.scoreDocs.length > 0 && out.stream().noneMatch(s -> s.entity().id().equals(name.strip()))) {
                out.add(0, JsonCodec.entitySummary(StoredDocuments.json(searcher, exact.scoreDocs[0].doc).path("entity")));
            }
            return out.subList(0, Math.min(limit, out.size()));
        });
    }

    @Override
    public List<TimelineEvent> timeline(List<String> entityIds) {
        return withSearcherUnchecked(searcher -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Fields.ARTICLE), BooleanClause.Occur.FILTER);
            if (!entityIds.isEmpty()) {
                b.add(new TermInSetQuery(Fields.ENTITIES, entityIds.stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER);
            }
            TopDocs top = searcher.search(b.build(), TIMELINE_ARTICLES,
                    new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true)));
            List<AnalyzedArticle> articles = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                articles.add(JsonCodec.analyzedArticle(StoredDocuments.json(searcher, sd.doc)));
            }
            Map<String, String> storyOf = new HashMap<>();
            storiesOf(searcher, articles.stream().map(a -> a.article().id()).toList())
                    .forEach((article, story) -> storyOf.put(article, story.id()));
            return Timeline.build(articles, entityIds, storyOf);
        });
    }

    @Override
    public StoreStats stats() {
        return withSearcherUnchecked(searcher -> {
            if (searcher.getIndexReader().maxDoc() == 0) {
                return new StoreStats(0, 0, 0, 0, null);
            }
            String committed = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData()
                    .get(Fields.COMMITTED_AT_KEY);
            return new StoreStats(searcher.count(kind(Fields.ARTICLE)), searcher.count(kind(Fields.STORY)),
                    searcher.count(kind(Fields.ENTITY)), eventCount(searcher), committed == null ? null : Instant.parse(committed));
        });
    }

    /** Event frames told by the live articles, summed from their doc values. */
    private static long eventCount(IndexSearcher searcher) throws IOException {
        long total = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.index.NumericDocValues counts =
                    org.apache.lucene.index.DocValues.getNumeric(leaf.reader(), Fields.EVENT_COUNT);
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            for (int doc = counts.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                 doc = counts.nextDoc()) {
                if (live == null || live.get(doc)) {
                    total += counts.longValue();
                }
            }
        }
        return total;
    }

    /**
     * How many article documents share their id with another: 0 in a sound store, whatever was
     * ingested how many times or killed when. A check for crash tests and operators.
     */
    public long duplicateArticleIds() {
        return withSearcherUnchecked(searcher -> {
            Set<String> seen = new HashSet<>();
            long[] duplicates = {0};
            searcher.search(kind(Fields.ARTICLE), new org.apache.lucene.search.SimpleCollector() {
                private org.apache.lucene.index.StoredFields stored;

                @Override
                protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
                    stored = context.reader().storedFields();
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!seen.add(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID))) {
                        duplicates[0]++;
                    }
                }

                @Override
                public org.apache.lucene.search.ScoreMode scoreMode() {
                    return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return duplicates[0];
        });
    }

    /** Whether stories and entities were rebuilt after the last articles were committed. */
    public boolean viewsFresh() {
        return withSearcherUnchecked(searcher -> searcher.getIndexReader().maxDoc() == 0
                || Fields.VIEWS_FRESH.equals(((DirectoryReader) searcher.getIndexReader()).getIndexCommit()
                .getUserData().get(Fields.VIEWS_COMMIT_KEY)));
    }

    // ---- helpers --------------------------------------------------------------------------

    /** The story of each article that has one, from the lookups of the reader. */
    private static Map<String, StoryBrief> storiesOf(IndexSearcher searcher, Collection<String> articleIds) {
        ReaderLookups lookups = ReaderLookups.of(searcher.getIndexReader());
        Map<String, StoryBrief> out = new HashMap<>();
        for (String id : articleIds) {
            StoryBrief s = lookups.storyOf(id);
            if (s != null) {
                out.put(id, s);
            }
        }
        return out;
    }

    private List<String> storyMembers(IndexSearcher searcher, String storyId) {
        try {
            TopDocs hit = searcher.search(and(kind(Fields.STORY), new TermQuery(new Term(Fields.ID, storyId))), 1);
            if (hit.scoreDocs.length == 0) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            StoredDocuments.json(searcher, hit.scoreDocs[0].doc).path("story").path("articles")
                    .forEach(a -> ids.add(a.path("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> entityNames(IndexSearcher searcher, List<Map.Entry<String, Long>> ids) {
        ReaderLookups lookups = ReaderLookups.of(searcher.getIndexReader());
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, Long> e : ids) {
            String name = lookups.entityName(e.getKey());
            if (name != null) {
                names.put(e.getKey(), name);
            }
        }
        return names;
    }

    private static List<FacetValue> values(List<Map.Entry<String, Long>> counts, Map<String, String> labels) {
        return counts.stream().map(e -> new FacetValue(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    private static Set<String> collect(Set<String> found, Set<String> into) {
        into.addAll(found);
        return found;
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(Fields.KIND, kind));
    }

    private static Query and(Query filter, Query must) {
        return new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER).add(must, BooleanClause.Occur.MUST).build();
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException, QuerySyntaxException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) throws QuerySyntaxException {
        try {
            SearcherManager manager = searchers();
            if (manager == null) {
                return f.apply(new IndexSearcher(new org.apache.lucene.index.MultiReader()));
            }
            IndexSearcher searcher = manager.acquire();
            try {
                return f.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the store", e);
        }
    }

    private <T> T withSearcherUnchecked(SearcherFunction<T> f) {
        try {
            return withSearcher(f);
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The searcher manager once the store has a commit, refreshed at most every second. */
    private SearcherManager searchers() throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) {
            synchronized (this) {
                manager = searchers;
                if (manager == null) {
                    if (!DirectoryReader.indexExists(directory)) {
                        return null;
                    }
                    searchers = manager = new SearcherManager(directory, UNCACHED);
                    lastRefresh = System.nanoTime();
                }
            }
        }
        long now = System.nanoTime();
        if (now - lastRefresh >= REFRESH_NANOS) {
            lastRefresh = now;
            manager.maybeRefresh();
        }
        return manager;
    }

    @Override
    public void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } finally {
            directory.close();
        }
    }
}

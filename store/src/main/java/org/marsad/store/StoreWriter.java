package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.source.InputProblem;
import org.marsad.source.PageFileNames;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;
import org.marsad.store.analysis.ArabicSearchAnalyzer;
import org.marsad.store.codec.JsonCodec;

/**
 * Writes to the store: {@link #ingest} reads pages and extracts their articles, analyzes them on
 * every core and indexes them in page order on the reading thread; then rebuilds stories and
 * entities from all stored articles.
 *
 * <p>Idempotent and incremental: each page's text is hashed; a page the store holds with the same
 * hash is skipped, a page with another hash has its articles deleted and the new ones added, and
 * articles are keyed by id, so no article is ever held twice. Commits are Lucene commits, atomic:
 * every {@link #COMMIT_EVERY_ARTICLES} articles or {@link #COMMIT_EVERY} the articles indexed so far
 * are committed (marked as not yet reflected in stories), and the ingest ends with one commit of
 * the rebuilt stories and entities. Killed at any point, the store holds its last commit; running
 * the same ingest again skips what was committed and finishes the rest.
 *
 * <p>One writer per store directory at a time (Lucene's write lock); readers ({@link MarsadStore})
 * keep working while it runs and see each commit.
 */
public final class StoreWriter implements AutoCloseable {

    static final int COMMIT_EVERY_ARTICLES = 5_000;
    static final Duration COMMIT_EVERY = Duration.ofSeconds(20);
    /** Articles handed to the analysis pool together; the batch before is indexed meanwhile, in page order. */
    static final int BATCH_ARTICLES = 512;

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final Marsad marsad;
    private final int threads;

    private StoreWriter(Path dir, Marsad marsad, int threads) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new ArabicSearchAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException(dir + ": another ingest is writing to this store (its write lock is held)", e);
        }
        this.marsad = marsad;
        this.threads = threads;
    }

    /** Opens (creating if needed) the store in {@code dir} for writing, analyzing on every core. */
    public static StoreWriter open(Path dir, Marsad marsad) throws IOException {
        return new StoreWriter(dir, marsad, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public static StoreWriter open(Path dir, Marsad marsad, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new StoreWriter(dir, marsad, threads);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Ingests pages from files, directories (walked) or {@code -} for standard input. Paths are
     * made absolute so that the same file given two ways is the same page.
     */
    public IngestSummary ingest(List<String> inputs, IngestListener listener) throws IOException {
        List<String> absolute = inputs.stream()
                .map(i -> PageReader.STDIN.equals(i) ? i : Path.of(i).toAbsolutePath().normalize().toString())
                .toList();
        PageReader reader = new PageReader();
        return run(totalBytes(absolute), listener, run -> reader.read(absolute, run::page, run::problem));
    }

    /**
     * Ingests pages already in memory (the bundled samples of {@code marsad demo}); their sources
     * are kept as given.
     */
    public IngestSummary ingestPages(List<RawPage> pages, IngestListener listener) throws IOException {
        return run(0, listener, run -> pages.forEach(run::page));
    }

    /**
     * Ingests articles analyzed elsewhere (the Spark job's tables, {@link SparkJobTables}), page by
     * page: no extraction and no analysis here. A page the store holds with the same hash is
     * skipped, one with another hash has its articles replaced; then stories and entities are
     * rebuilt from every stored article, as after any ingest.
     */
    public IngestSummary ingestAnalyzed(List<AnalyzedPage> pages, IngestListener listener) throws IOException {
        return run(0, listener, run -> pages.forEach(run::analyzedPage));
    }

    private IngestSummary run(long bytesTotal, IngestListener listener, java.util.function.Consumer<Run> feed)
            throws IOException {
        Run run = new Run(listener, bytesTotal, knownPages());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            run.pool = pool;
            feed.accept(run);
            run.finish();
            long viewsStart = System.nanoTime();
            long[] views;
            if (run.added + run.replaced == 0 && viewsFresh()) {
                views = viewCounts(); // nothing changed: the stories and entities stand
            } else {
                commit(Fields.VIEWS_STALE);
                views = rebuildViews(run.indexed);
            }
            Duration viewsElapsed = Duration.ofNanos(System.nanoTime() - viewsStart);
            run.report();
            return new IngestSummary(run.pages, run.added, run.replaced, run.unchanged, run.articles, run.problems,
                    views[0], views[1], run.elapsed(), viewsElapsed);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Recomputes stories and entities from every stored article and commits them with the articles.
     * The articles this writer has just indexed, {@code indexed} by id, are taken as they were
     * analyzed, not read back from the store (inflating and decoding their records was a sixth of a
     * fresh ingest's rebuild); only the others are. Should the store not hold every one of them, all
     * are read back.
     *
     * @return the number of stories and of entities
     */
    private long[] rebuildViews(Map<String, AnalyzedArticle> indexed) throws IOException {
        List<Document> stored;
        boolean reuse = !indexed.isEmpty();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query articles = new TermQuery(new Term(Fields.KIND, Fields.ARTICLE));
            Query indexedIds = new TermInSetQuery(Fields.ID, indexed.keySet().stream().map(BytesRef::new).toList());
            if (reuse && searcher.count(new BooleanQuery.Builder().add(articles, BooleanClause.Occur.FILTER)
                    .add(indexedIds, BooleanClause.Occur.FILTER).build()) != indexed.size()) {
                reuse = false; // an article indexed in this run is gone again: trust only the store
            }
            stored = StoredDocuments.jsonFields(searcher, !reuse ? articles : new BooleanQuery.Builder()
                    .add(articles, BooleanClause.Occur.FILTER).add(indexedIds, BooleanClause.Occur.MUST_NOT).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-views");
            t.setDaemon(true);
            return t;
        });
        long[] counts;
        try {
            // inflating, parsing and decoding are independent per article: on every core, the order kept
            List<AnalyzedArticle> articles = new ArrayList<>(pool.submit(() -> stored.parallelStream()
                    .map(StoredDocuments::json).map(JsonCodec::analyzedArticle).toList()).get());
            if (reuse) {
                articles.addAll(indexed.values());
            }
            // the old views go first: the entities' documents are added as soon as they are ready
            writer.deleteDocuments(new Term(Fields.KIND, Fields.STORY), new Term(Fields.KIND, Fields.ENTITY));
            counts = DerivedViews.write(articles, pool, new DerivedViews.Sink() {
                @Override
                public void entities(List<Document> documents) throws IOException {
                    writer.addDocuments(documents);
                }

                @Override
                public void stories(Iterable<Document> documents) throws IOException {
                    writer.addDocuments(documents); // one block, as the entities: each kind's documents stay in order
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rebuilding stories and entities", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rebuilding stories and entities failed: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("rebuilding stories and entities failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        commit(Fields.VIEWS_FRESH);
        return counts;
    }

    /** Whether the last commit has stories and entities rebuilt after its articles (true for a new store). */
    private boolean viewsFresh() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return Fields.VIEWS_FRESH.equals(reader.getIndexCommit().getUserData().get(Fields.VIEWS_COMMIT_KEY));
        }
    }

    private long[] viewCounts() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return new long[] {searcher.count(new TermQuery(new Term(Fields.KIND, Fields.STORY))),
                    searcher.count(new TermQuery(new Term(Fields.KIND, Fields.ENTITY)))};
        }
    }

    private void commit(String views) throws IOException {
        writer.setLiveCommitData(Map.of(Fields.VIEWS_COMMIT_KEY, views,
                Fields.COMMITTED_AT_KEY, Instant.now().toString()).entrySet());
        writer.commit();
    }

    /** Page → hash of every page the store holds. */
    private Map<String, String> knownPages() throws IOException {
        Map<String, String> known = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery articlesOnly = new TermQuery(new Term(Fields.KIND, Fields.ARTICLE));
            for (ScoreDoc sd : searcher.search(articlesOnly, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc, java.util.Set.of(Fields.PAGE, Fields.PAGE_HASH));
                known.put(d.get(Fields.PAGE), d.get(Fields.PAGE_HASH));
            }
        }
        return known;
    }

    private static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (Files.isRegularFile(p)) {
                total += size(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    total += walk.filter(Files::isRegularFile)
                            .filter(f -> PageFileNames.isPage(f.getFileName().toString()))
                            .mapToLong(StoreWriter::size).sum();
                } catch (IOException | UncheckedIOException e) {
                    // the reader reports unreadable inputs; the estimate just goes without them
                }
            }
        }
        return total;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    /** The state of one ingest. */
    private final class Run {
        private final IngestListener listener;
        private final long bytesTotal;
        private final Map<String, String> known;
        private final long startNanos = System.nanoTime();
        private final List<PendingPage> pending = new ArrayList<>();
        /** The articles indexed in this run by id, as analyzed, and their ids by page: see {@link #rebuildViews(Map)}. */
        private final Map<String, AnalyzedArticle> indexed = new HashMap<>();
        private final Map<String, List<String>> indexedByPage = new HashMap<>();
        private ExecutorService pool;
        private Batch inFlight;
        private int pendingArticles;
        private long pages, added, replaced, unchanged, articles, problems, bytesRead;
        private long articlesSinceCommit;
        private long lastCommitNanos = System.nanoTime();
        private long lastReportNanos = System.nanoTime();

        Run(IngestListener listener, long bytesTotal, Map<String, String> known) {
            this.listener = listener;
            this.bytesTotal = bytesTotal;
            this.known = known;
        }

        void page(RawPage page) {
            pages++;
            bytesRead += bytesTotal == 0 ? 0 : size(Path.of(page.source()));
            String hash = hash(page.text());
            String before = known.get(page.source());
            if (hash.equals(before)) {
                unchanged++;
                maybeReport();
                return;
            }
            List<Article> extracted;
            try {
                extracted = marsad.extract(page, this::problem);
            } catch (RuntimeException | StackOverflowError e) {
                problem(new InputProblem(page.source(), "page skipped, its extraction failed: " + e));
                return;
            }
            pending.add(new PendingPage(page.source(), hash, before != null, extracted));
            pendingArticles += extracted.size();
            if (pendingArticles >= BATCH_ARTICLES) {
                flush();
            }
            maybeReport();
        }

        void problem(InputProblem problem) {
            if (problem.skipped()) {
                problems++;
            }
            listener.problem(problem);
        }

        /**
         * Hands the pending pages' articles to the analysis pool, then indexes the batch handed
         * before, if any: the pool analyzes one batch while this thread indexes (and commits) the
         * one before it, so neither a commit nor reading the next page leaves the cores idle.
         */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Batch submitted = submit(List.copyOf(pending));
            pending.clear();
            pendingArticles = 0;
            Batch previous = inFlight;
            inFlight = submitted;
            if (previous != null) {
                index(previous);
            }
        }

        /** Indexes the batch still in the pool; called once the last page has been read. */
        void finish() {
            flush();
            Batch last = inFlight;
            inFlight = null;
            if (last != null) {
                index(last);
            }
        }

        private Batch submit(List<PendingPage> pages) {
            // The same article (by id) twice in a batch: the later telling wins, as it would
            // indexed in page order; the earlier is not analyzed at all.
            Set<String> later = new HashSet<>();
            boolean[][] kept = new boolean[pages.size()][];
            for (int pi = pages.size() - 1; pi >= 0; pi--) {
                List<Article> articles = pages.get(pi).articles;
                kept[pi] = new boolean[articles.size()];
                for (int ai = articles.size() - 1; ai >= 0; ai--) {
                    kept[pi][ai] = later.add(articles.get(ai).id());
                }
            }
            // handed over in page order, the order they are indexed in
            List<List<Future<Analyzed>>> futures = new ArrayList<>();
            for (int pi = 0; pi < pages.size(); pi++) {
                PendingPage p = pages.get(pi);
                List<Future<Analyzed>> pageFutures = new ArrayList<>();
                for (int ai = 0; ai < p.articles.size(); ai++) {
                    if (kept[pi][ai]) {
                        Article a = p.articles.get(ai);
                        pageFutures.add(pool.submit(() -> analyze(a, p)));
                    }
                }
                futures.add(pageFutures);
            }
            return new Batch(pages, futures);
        }

        /**
         * Indexes a batch page by page on this thread (a commit, also on this thread, thus never
         * holds part of a page), waiting for each article's analysis in turn.
         */
        private void index(Batch batch) {
            try {
                for (int pi = 0; pi < batch.pages.size(); pi++) {
                    PendingPage p = batch.pages.get(pi);
                    if (p.replacing) {
                        deletePage(p.source);
                    }
                    int indexed = 0;
                    for (Future<Analyzed> f : batch.futures.get(pi)) {
                        Analyzed done = f.get();
                        if (done.failure == null) {
                            writer.updateDocument(new Term(Fields.ID, done.id), done.document);
                            remember(p.source, done.analyzed);
                            indexed++;
                        } else {
                            problem(new InputProblem(done.where, "article skipped, its analysis failed: " + done.failure));
                        }
                    }
                    known.put(p.source, p.hash);
                    if (p.replacing) {
                        replaced++;
                    } else {
                        added++;
                    }
                    articles += indexed;
                    articlesSinceCommit += indexed;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("ingest interrupted", e));
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
            }
            maybeCommit();
        }

        /** A page whose articles are analyzed already: indexed as they are, on this thread (no analysis to spread). */
        void analyzedPage(AnalyzedPage page) {
            pages++;
            String before = known.get(page.source());
            if (page.hash().equals(before)) {
                unchanged++;
                maybeReport();
                return;
            }
            try {
                if (before != null) {
                    deletePage(page.source());
                }
                for (AnalyzedArticle a : page.articles()) {
                    writer.updateDocument(new Term(Fields.ID, a.article().id()), ArticleDocuments.of(a, page.source(), page.hash()));
                    remember(page.source(), a);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            known.put(page.source(), page.hash());
            if (before != null) {
                replaced++;
            } else {
                added++;
            }
            articles += page.articles().size();
            articlesSinceCommit += page.articles().size();
            maybeCommit();
            maybeReport();
        }

        /** Deletes a page's articles from the store, and from the articles this run indexed. */
        private void deletePage(String source) throws IOException {
            writer.deleteDocuments(new Term(Fields.PAGE, source));
            List<String> ids = indexedByPage.remove(source);
            if (ids != null) {
                ids.forEach(indexed::remove);
            }
        }

        private void remember(String source, AnalyzedArticle a) {
            indexed.put(a.article().id(), a);
            indexedByPage.computeIfAbsent(source, k -> new ArrayList<>()).add(a.article().id());
        }

        /** Commits the articles indexed so far every {@link #COMMIT_EVERY_ARTICLES} or {@link #COMMIT_EVERY}. */
        private void maybeCommit() {
            if (articlesSinceCommit >= COMMIT_EVERY_ARTICLES
                    || System.nanoTime() - lastCommitNanos >= COMMIT_EVERY.toNanos()) {
                try {
                    commit(Fields.VIEWS_STALE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                articlesSinceCommit = 0;
                lastCommitNanos = System.nanoTime();
            }
        }

        void maybeReport() {
            long now = System.nanoTime();
            if (now - lastReportNanos >= 1_000_000_000L) {
                lastReportNanos = now;
                report();
            }
        }

        void report() {
            listener.progress(new IngestProgress(pages, unchanged, articles, problems, bytesRead, bytesTotal, elapsed()));
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }

    /**
     * One article analyzed into its document, or why not: a failure in one article (a bug the input
     * set off) is reported and costs no other article.
     */
    private Analyzed analyze(Article a, PendingPage p) {
        String where = a.source() + "#" + a.position();
        try {
            AnalyzedArticle analyzed = marsad.analyze(a);
            return new Analyzed(a.id(), where, analyzed, ArticleDocuments.of(analyzed, p.source, p.hash), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analyzed(a.id(), where, null, null, e.toString());
        }
    }

    private record Analyzed(String id, String where, AnalyzedArticle analyzed, Document document, String failure) {
    }

    /** Pages handed to the analysis pool together, with one future per article kept, page by page. */
    private record Batch(List<PendingPage> pages, List<List<Future<Analyzed>>> futures) {
    }

    private record PendingPage(String source, String hash, boolean replacing, List<Article> articles) {
    }
}

package org.marsad.web;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;

import org.marsad.entity.EntityType;
import org.marsad.event.TimelineEvent;
import org.marsad.store.EntitySummary;
import org.marsad.store.EntityView;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.RelatedArticle;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreStats;
import org.marsad.store.StoreView;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoryView;

/**
 * The store as the server calls it: searches, related articles and timelines, which spend
 * milliseconds of CPU each, are admitted at most {@code permits} at a time (one per core), the others
 * waiting their turn in arrival order; the lookups by id pass straight through.
 *
 * <p>Why: with more CPU-bound requests running than cores, the scheduler slices them all and every
 * one of them finishes late; run in arrival order, each finishes as soon as the ones before it are
 * done. Measured with {@code .ci/load-test} (16 connections, 2 cores, twice each way, the July
 * store): p99 137 and 147 ms unbounded, 87 and 92 ms admitted two at a time, at a higher rate.
 * A request that waits longer than {@link #MAX_WAIT_SECONDS} is answered 503.
 */
final class AdmittedStoreView implements StoreView {

    static final int MAX_WAIT_SECONDS = 30;

    private final StoreView store;
    private final Semaphore running;

    AdmittedStoreView(StoreView store, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        this.store = store;
        this.running = new Semaphore(permits, true);
    }

    /** Runs {@code work} once admitted; thrown exceptions pass through unchanged. */
    private <T, E extends Exception> T admitted(Work<T, E> work) throws E {
        try {
            if (!running.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                        "the server is busy: no search could start within " + MAX_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), "interrupted while waiting to search");
        }
        try {
            return work.run();
        } finally {
            running.release();
        }
    }

    private interface Work<T, E extends Exception> {
        T run() throws E;
    }

    @Override
    public SearchResult search(SearchRequest request) throws QuerySyntaxException {
        return this.<SearchResult, QuerySyntaxException>admitted(() -> store.search(request));
    }

    @Override
    public List<RelatedArticle> related(String articleId, int limit) {
        return this.<List<RelatedArticle>, RuntimeException>admitted(() -> store.related(articleId, limit));
    }

    @Override
    public List<TimelineEvent> timeline(List<String> entityIds) {
        return this.<List<TimelineEvent>, RuntimeException>admitted(() -> store.timeline(entityIds));
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return store.article(id);
    }

    @Override
    public List<StoryView> stories(int offset, int limit) {
        return store.stories(offset, limit);
    }

    @Override
    public Optional<StoryView> story(String id) {
        return store.story(id);
    }

    @Override
    public List<EntitySummary> entities(EntityType type, int offset, int limit) {
        return store.entities(type, offset, limit);
    }

    @Override
    public Optional<EntityView> entity(String id) {
        return store.entity(id);
    }

    @Override
    public List<EntitySummary> findEntities(String name, int limit) {
        return store.findEntities(name, limit);
    }

    @Override
    public StoreStats stats() {
        return store.stats();
    }
}

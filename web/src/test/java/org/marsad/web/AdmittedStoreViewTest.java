package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreView;

class AdmittedStoreViewTest {

    @Test
    void atMostThePermittedSearchesRunAtOnceAndAllOfThemRun() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        StoreView slow = (StoreView) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {StoreView.class},
                (proxy, method, args) -> {
                    int now = inside.incrementAndGet();
                    most.accumulateAndGet(now, Math::max);
                    Thread.sleep(30);
                    inside.decrementAndGet();
                    done.incrementAndGet();
                    return null;
                });
        StoreView admitted = new AdmittedStoreView(slow, 2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> admitted.search(SearchRequest.of("بوتين"))));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, done.get());
        assertEquals(2, most.get());
    }

    @Test
    void lookupsByIdAreNotHeldAndErrorsPassThrough() {
        StoreView admitted = new AdmittedStoreView(FixtureStore.sample(), 1);
        assertEquals(FixtureStore.sample().stats(), admitted.stats());
        assertThrows(QuerySyntaxException.class, () -> admitted.search(SearchRequest.of("\"بوتين")));
    }
}

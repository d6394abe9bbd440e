package org.marsad.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void aKeptValueIsNotComputedAgain() {
        AtomicInteger computed = new AtomicInteger();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(10);
        assertEquals(3, memo.get("abc", k -> { computed.incrementAndGet(); return k.length(); }));
        assertEquals(3, memo.get("abc", k -> { computed.incrementAndGet(); return -1; }));
        assertEquals(1, computed.get());
    }

    @Test
    void fullItEmptiesAndStaysWithinItsCapacity() {
        BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(3);
        for (int i = 0; i < 10; i++) {
            assertEquals(i * 2, memo.get(i, k -> k * 2));
            assertEquals(true, memo.size() <= 3, "size " + memo.size());
        }
        assertEquals(18, memo.get(9, k -> -1), "the last key is kept");
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<>(0));
    }
}

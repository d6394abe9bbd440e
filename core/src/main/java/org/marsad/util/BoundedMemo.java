package org.marsad.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key and kept, for work that meets the same keys again and again (the
 * class names of a site's pages, the words of news text). Bounded the simplest way: when it holds
 * {@code capacity} keys it is emptied and fills again with the keys still in use, which costs one
 * computation per key, never a wrong value. Thread-safe; two threads may compute the same value once
 * each, so the computation must be a pure function of the key.
 */
public final class BoundedMemo<K, V> {

    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final int capacity;

    public BoundedMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value of {@code key}, computed by {@code compute} when not kept. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    /**
     * The value kept for a key equal to {@code probe}, or null: for keys whose lookups can be made
     * without building a key (a mutable view equal to the kept keys), then {@link #put} on a miss.
     */
    public V peek(Object probe) {
        return values.get(probe);
    }

    /** Keeps {@code value} for {@code key}, emptying the memo first when full. */
    public void put(K key, V value) {
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(key, value);
    }

    /** How many keys it holds now. */
    public int size() {
        return values.size();
    }
}

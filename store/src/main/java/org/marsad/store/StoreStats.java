package org.marsad.store;

import java.time.Instant;

/** What the store holds, as of its last commit ({@code lastCommit} null for an empty store). */
public record StoreStats(long articles, long stories, long entities, long events, Instant lastCommit) {
}

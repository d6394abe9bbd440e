package org.marsad.store;

import java.time.Duration;

/**
 * What an ingest did.
 *
 * @param pages      pages read
 * @param added      pages new to the store
 * @param replaced   pages the store held in another version, whose articles were replaced
 * @param unchanged  pages the store already held as they are (nothing written)
 * @param articles   articles indexed (from added and replaced pages)
 * @param problems   inputs, pages or records reported and skipped
 * @param stories    stories in the store after the ingest
 * @param entities   entities in the store after the ingest
 * @param elapsed    wall time
 * @param views      the part of it spent rebuilding stories and entities over the whole store
 */
public record IngestSummary(long pages, long added, long replaced, long unchanged, long articles, long problems,
                            long stories, long entities, Duration elapsed, Duration views) {

    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : articles / seconds;
    }
}

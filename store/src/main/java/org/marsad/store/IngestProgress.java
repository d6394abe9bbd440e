package org.marsad.store;

import java.time.Duration;

/**
 * How far an ingest is.
 *
 * @param pages     pages read so far (changed, new or unchanged)
 * @param unchanged pages skipped because the store already holds them as they are
 * @param articles  articles indexed so far
 * @param problems  inputs, pages or records reported and skipped
 * @param bytesRead bytes of input read so far
 * @param bytesTotal bytes of all inputs, known before reading (0 for standard input)
 * @param elapsed   time since the ingest started
 */
public record IngestProgress(long pages, long unchanged, long articles, long problems, long bytesRead,
                             long bytesTotal, Duration elapsed) {

    /** Articles indexed per second so far. */
    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : articles / seconds;
    }

    /** Time left at the rate so far, by bytes read; null when it cannot be told. */
    public Duration eta() {
        if (bytesTotal <= 0 || bytesRead <= 0 || bytesRead > bytesTotal) {
            return null;
        }
        return Duration.ofNanos((long) (elapsed.toNanos() * (double) (bytesTotal - bytesRead) / bytesRead));
    }
}

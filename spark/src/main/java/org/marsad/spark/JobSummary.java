package org.marsad.spark;

import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Row;

import org.marsad.story.ClusterScores;

/**
 * What a run did and how long each phase took (wall time on the driver; phases run lazily, so
 * each figure is the work forced by that phase).
 *
 * @param articles         articles written
 * @param problemRows      inputs that gave no article: source and reason
 * @param duplicates       articles found to repeat an earlier one
 * @param stories          stories (a lone article is a story of one)
 * @param readAnalyzeSeconds reading, extraction and analysis
 * @param duplicateSeconds near-duplicate detection
 * @param storySeconds     blocking, connected components and the embedded clusterer per group
 * @param writeSeconds     writing the tables
 * @param storyGroups      units the stories were clustered in (independent groups, or slices of the groups cut)
 * @param largestGroup     articles in the largest unit, prefix included (one task clusters it)
 * @param agreement        the job's stories scored against the embedded clusterer's as gold, or null
 */
public record JobSummary(long articles, List<Row> problemRows, long duplicates, long stories, double readAnalyzeSeconds,
                         double duplicateSeconds, double storySeconds, double writeSeconds, int storyGroups, int largestGroup, ClusterScores agreement) {

    public long problems() {
        return problemRows.size();
    }

    public double totalSeconds() {
        return readAnalyzeSeconds + duplicateSeconds + storySeconds + writeSeconds;
    }

    public String describe() {
        StringBuilder s = new StringBuilder();
        for (Row p : problemRows) {
            s.append("marsad-spark: ").append(p.getString(0)).append(": ").append(p.getString(1)).append('\n');
        }
        s.append(String.format(Locale.ROOT,
                "marsad-spark: %d articles, %d problems, %d duplicates, %d stories in %.1f s (%.1f articles/s): "
                        + "read+analyze %.1f s, duplicates %.1f s, stories %.1f s, write %.1f s",
                articles, problems(), duplicates, stories, totalSeconds(), articles / totalSeconds(),
                readAnalyzeSeconds, duplicateSeconds, storySeconds, writeSeconds));
        s.append(String.format(Locale.ROOT, "%nmarsad-spark: stories clustered in %d units (groups, or slices of the groups cut), the largest of %d articles",
                storyGroups, largestGroup));
        if (agreement != null) {
            s.append(String.format(Locale.ROOT,
                    "%nmarsad-spark: agreement with the embedded clusterer (its stories as gold, n=%d): "
                            + "B-cubed P %.3f R %.3f F1 %.3f; pairwise P %.3f R %.3f F1 %.3f",
                    agreement.n(), agreement.precision(), agreement.recall(), agreement.f1(),
                    agreement.pairPrecision(), agreement.pairRecall(), agreement.pairF1()));
        }
        return s.toString();
    }
}

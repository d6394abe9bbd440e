package org.marsad.spark;

import java.util.List;
import java.util.Locale;

import org.marsad.source.InputProblem;
import org.marsad.story.ClusterScores;

/**
 * What a run did and how long each phase took (wall time on the driver; phases run lazily, so
 * each figure is the work forced by that phase). Input problems are told as the CLI tells them
 * ({@code ProblemReport}): an input skipped is a problem, counted, and makes the exit code 1; a
 * warning about an input read anyway (bad bytes replaced, NUL bytes dropped) is shown and counted
 * apart, and leaves the exit code alone.
 *
 * @param articles         articles written
 * @param inputProblems    the rows of the {@code problems} table: inputs skipped, and warnings
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
public record JobSummary(long articles, List<InputProblem> inputProblems, long duplicates, long stories, double readAnalyzeSeconds,
                         double duplicateSeconds, double storySeconds, double writeSeconds, int storyGroups, int largestGroup, ClusterScores agreement) {

    /** The exit code when some inputs were bad, as the CLI's. */
    static final int EXIT_BAD_INPUT = 1;

    public JobSummary {
        inputProblems = List.copyOf(inputProblems);
    }

    /** Inputs (or records of them) left out. */
    public long problems() {
        return inputProblems.stream().filter(InputProblem::skipped).count();
    }

    /** Warnings about inputs that were read anyway. */
    public long warnings() {
        return inputProblems.size() - problems();
    }

    /** 0 when no input was skipped (warnings or not), 1 when some were: the CLI's exit codes. */
    public int exitCode() {
        return problems() == 0 ? 0 : EXIT_BAD_INPUT;
    }

    public double totalSeconds() {
        return readAnalyzeSeconds + duplicateSeconds + storySeconds + writeSeconds;
    }

    public String describe() {
        StringBuilder s = new StringBuilder();
        for (InputProblem p : inputProblems) {
            if (p.skipped()) {
                s.append("marsad-spark: skipped ").append(p.source()).append(": ").append(p.reason()).append('\n');
            } else {
                s.append("marsad-spark: warning: ").append(p.source()).append(": ").append(p.reason()).append(" (read anyway)\n");
            }
        }
        s.append(String.format(Locale.ROOT,
                "marsad-spark: %d articles, %d problems (inputs skipped), %d warnings (inputs read anyway), %d duplicates,"
                        + " %d stories in %.1f s (%.1f articles/s): read+analyze %.1f s, duplicates %.1f s, stories %.1f s, write %.1f s",
                articles, problems(), warnings(), duplicates, stories, totalSeconds(), articles / totalSeconds(),
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

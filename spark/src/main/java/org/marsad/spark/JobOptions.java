package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code INPUT... --out DIR [--cores N] [--partitions N] [--overwrite]
 * [--compare-embedded] [--block-run N | --exact-groups] [--max-group N [--overlap-days N] [--max-prefix N]]}.
 *
 * @param inputs          Hadoop paths (local, hdfs://, s3a://, globs): files or directories of pages and record dumps
 * @param out             the directory the Parquet tables go to
 * @param cores           run in local mode on this many cores; 0 leaves the master to spark-submit
 * @param partitions      units of work per core after reading (spreads a few big dumps over every core)
 * @param overwrite       replace tables already in {@code out}
 * @param compareEmbedded also run the embedded clusterer on the driver and report agreement
 * @param blockRun        story blocking ignores a term for an article when more than this many earlier
 *                        articles within the window indexed it (see {@link StoryGroups}); unbounded
 *                        with {@code --exact-groups}
 * @param maxGroup        a story group larger than this is cut into slices of time (see {@link StoryGroups})
 * @param overlapDays     each slice after the first is clustered with the articles of the slice before
 *                        dated within this many days of its start, and stitched to it by them
 *                        ({@link GroupSlices}); 0 cuts without overlap
 * @param maxPrefix       the most articles of the slice before that lead a slice; 0 for half a slice
 */
record JobOptions(List<String> inputs, String out, int cores, int partitions, boolean overwrite, boolean compareEmbedded,
                  int blockRun, int maxGroup, int overlapDays, int maxPrefix) {

    static final String USAGE = "usage: marsad-spark INPUT... --out DIR [--cores N] [--partitions N] [--overwrite] [--compare-embedded]"
            + " [--block-run N | --exact-groups] [--max-group N [--overlap-days N] [--max-prefix N]]";

    /**
     * Exact groups and no slicing by default: on SaudiNewsNet July a bound of 40 left one giant group
     * all the same, and slicing it cost most of the agreement (spark/README.md); these are for corpora
     * where one task cannot cluster the giant group.
     */
    static final int DEFAULT_BLOCK_RUN = Integer.MAX_VALUE;
    static final int DEFAULT_MAX_GROUP = Integer.MAX_VALUE;

    /**
     * The story rule's grace (2 days) plus one half-life (3 days): a candidate story whose last article
     * is further back than that scores less than half (StoryParameters.standard()).
     */
    static final int DEFAULT_OVERLAP_DAYS = 5;

    static final int DEFAULT_PARTITIONS_PER_CORE = 4;

    /** @throws IllegalArgumentException with the reason, for a usage error */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int cores = 0;
        int partitions = 0;
        boolean overwrite = false, compare = false;
        int blockRun = DEFAULT_BLOCK_RUN;
        int maxGroup = DEFAULT_MAX_GROUP;
        int overlapDays = DEFAULT_OVERLAP_DAYS;
        int maxPrefix = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i, "--out");
                case "--cores" -> cores = positive(value(args, ++i, "--cores"), "--cores");
                case "--partitions" -> partitions = positive(value(args, ++i, "--partitions"), "--partitions");
                case "--overwrite" -> overwrite = true;
                case "--compare-embedded" -> compare = true;
                case "--block-run" -> blockRun = positive(value(args, ++i, "--block-run"), "--block-run");
                case "--exact-groups" -> blockRun = Integer.MAX_VALUE;
                case "--max-group" -> maxGroup = positive(value(args, ++i, "--max-group"), "--max-group");
                case "--overlap-days" -> overlapDays = notNegative(value(args, ++i, "--overlap-days"), "--overlap-days");
                case "--max-prefix" -> maxPrefix = positive(value(args, ++i, "--max-prefix"), "--max-prefix");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given");
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new JobOptions(List.copyOf(inputs), out, cores, partitions, overwrite, compare, blockRun, maxGroup, overlapDays, maxPrefix);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int notNegative(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number >= 0, got " + value);
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number >= 1, got " + value);
    }
}

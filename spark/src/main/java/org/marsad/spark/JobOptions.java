package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code INPUT... --out DIR [--cores N] [--partitions N] [--overwrite]
 * [--compare-embedded]}.
 *
 * @param inputs          Hadoop paths (local, hdfs://, s3a://, globs): files or directories of pages and record dumps
 * @param out             the directory the Parquet tables go to
 * @param cores           run in local mode on this many cores; 0 leaves the master to spark-submit
 * @param partitions      units of work per core after reading (spreads a few big dumps over every core)
 * @param overwrite       replace tables already in {@code out}
 * @param compareEmbedded also run the embedded clusterer on the driver and report agreement
 */
record JobOptions(List<String> inputs, String out, int cores, int partitions, boolean overwrite, boolean compareEmbedded) {

    static final String USAGE = "usage: marsad-spark INPUT... --out DIR [--cores N] [--partitions N] [--overwrite] [--compare-embedded]";

    static final int DEFAULT_PARTITIONS_PER_CORE = 4;

    /** @throws IllegalArgumentException with the reason, for a usage error */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int cores = 0;
        int partitions = 0;
        boolean overwrite = false, compare = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i, "--out");
                case "--cores" -> cores = positive(value(args, ++i, "--cores"), "--cores");
                case "--partitions" -> partitions = positive(value(args, ++i, "--partitions"), "--partitions");
                case "--overwrite" -> overwrite = true;
                case "--compare-embedded" -> compare = true;
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
        return new JobOptions(List.copyOf(inputs), out, cores, partitions, overwrite, compare);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
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

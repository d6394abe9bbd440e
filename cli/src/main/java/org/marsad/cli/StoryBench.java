package org.marsad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.marsad.Marsad;
import org.marsad.source.PageReader;
import org.marsad.story.BaselineClusterer;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryClusterer;

/**
 * {@code marsad bench stories PATH...}: how the cost of story clustering grows with the corpus.
 * The articles of the pages (or record dumps) are extracted once, in input order; then the first
 * 1,000, 10,000 and all of them (or the sizes given) are clustered from scratch by the embedded
 * {@link StoryClusterer} (one batch, stories and summaries included), and by the naive baseline of
 * {@code eval stories} ({@link BaselineClusterer}, TF-IDF cosine single link over an inverted index)
 * as the peer measured in the same run on the same articles.
 *
 * <p>Growth is read off the time per article: near-linear growth keeps it flat as the size grows
 * tenfold. After a warm-up on the smallest size, each round times every size in turn; the report
 * gives the best and the mean round in CPU seconds of the benchmark's thread (the best is the least
 * disturbed by other work on the machine), and articles per CPU second, the rate of one core. The
 * clusterers run in a fork-join pool of one thread, so the parts they spread over the cores
 * (parallel streams) run on that thread too and are counted. The collector's own threads are not
 * counted: run with {@code taskset -c 0} to have their work slow the measured thread down instead.
 */
final class StoryBench {

    /** Time is the thread's CPU time: on a machine busy with other work, wall time measures the others too. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final int rounds;
    private final double warmupSeconds;
    private long sink;

    StoryBench(int rounds, double warmupSeconds) {
        this.rounds = rounds;
        this.warmupSeconds = warmupSeconds;
    }

    int run(List<String> paths, List<Integer> requestedSizes, PrintWriter out, PrintWriter err) {
        Marsad marsad = new Marsad();
        List<org.marsad.article.Article> extracted = new ArrayList<>();
        ProblemReport problems = new ProblemReport(err);
        new PageReader().read(paths, page -> extracted.addAll(marsad.extract(page, problems::accept)), problems::accept);
        // analyzed as ingest analyzes them (clustering reads their lead events); not timed
        List<StoryArticle> articles = extracted.parallelStream().map(a -> StoryArticle.of(marsad.analyze(a))).toList();
        if (articles.isEmpty()) {
            err.println("marsad: bench stories: no articles in " + String.join(" ", paths));
            return 2;
        }
        List<Integer> sizes = new ArrayList<>();
        for (int size : requestedSizes) {
            if (size < articles.size() && !sizes.contains(size)) {
                sizes.add(size);
            }
        }
        sizes.add(articles.size());
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        out.printf("bench stories: %,d articles (%.0f chars on average), sizes %s, one thread, CPU time of the thread, Java %s%n",
                articles.size(), (double) chars / articles.size(), sizes, Runtime.version());
        List<StoryArticle> smallest = articles.subList(0, sizes.get(0));
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmEnd) {
            clusterMarsad(smallest);
            clusterBaseline(smallest);
        }
        out.printf("  %8s  %-9s %10s %10s %13s %14s%n", "articles", "clusterer", "best cpu s", "mean cpu s",
                "articles/s", "µs per article");
        // sizes take turns within each round, so that no size is timed only before the JIT settles
        double[][] marsadSeconds = new double[sizes.size()][rounds];
        double[][] baselineSeconds = new double[sizes.size()][rounds];
        int[] stories = new int[sizes.size()];
        // one thread does all the work, parallel streams included: a stream in a fork-join pool
        // runs its parts on that pool's threads, and this pool has one
        ForkJoinPool oneThread = new ForkJoinPool(1);
        try {
            for (int r = 0; r < rounds; r++) {
                for (int s = 0; s < sizes.size(); s++) {
                    List<StoryArticle> slice = articles.subList(0, sizes.get(s));
                    double[] seconds = oneThread.submit(() -> {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        int count = clusterMarsad(slice);
                        long t1 = CPU.getCurrentThreadCpuTime();
                        clusterBaseline(slice);
                        long t2 = CPU.getCurrentThreadCpuTime();
                        return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, count};
                    }).get();
                    marsadSeconds[s][r] = seconds[0];
                    baselineSeconds[s][r] = seconds[1];
                    stories[s] = (int) seconds[2];
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("marsad: bench stories: interrupted");
            return 3;
        } catch (ExecutionException e) {
            throw new IllegalStateException("clustering failed: " + e.getCause(), e.getCause());
        } finally {
            oneThread.shutdown();
        }
        double[] marsadPerArticle = new double[sizes.size()];
        for (int s = 0; s < sizes.size(); s++) {
            marsadPerArticle[s] = print(out, sizes.get(s), "marsad", marsadSeconds[s]);
            print(out, sizes.get(s), "baseline", baselineSeconds[s]);
            out.printf("  %8s  (%,d stories)%n", "", stories[s]);
        }
        if (sizes.size() > 1) {
            double first = marsadPerArticle[0];
            double last = marsadPerArticle[sizes.size() - 1];
            out.printf("  growth: time per article at %,d articles is %.2f x that at %,d (1.00 = linear)%n",
                    sizes.get(sizes.size() - 1), last / first, sizes.get(0));
        }
        out.flush();
        return sink == Long.MIN_VALUE ? 3 : 0;
    }

    private int clusterMarsad(List<StoryArticle> slice) {
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.add(slice);
        int stories = clusterer.stories().size();
        sink += stories;
        return stories;
    }

    private void clusterBaseline(List<StoryArticle> slice) {
        sink += BaselineClusterer.cluster(slice, BaselineClusterer.THRESHOLD).size();
    }

    /** Prints one row; returns the best time per article in microseconds. */
    private static double print(PrintWriter out, int size, String name, double[] seconds) {
        double best = Arrays.stream(seconds).min().orElseThrow();
        double mean = Arrays.stream(seconds).average().orElseThrow();
        out.printf("  %,8d  %-9s %10.3f %10.3f %,13.0f %14.1f%n", size, name, best, mean, size / best,
                best * 1e6 / size);
        return best * 1e6 / size;
    }
}

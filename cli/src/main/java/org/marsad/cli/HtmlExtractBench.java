package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.marsad.eval.EvalPage;
import org.marsad.eval.ExtractDataset;
import org.marsad.eval.Extractors;
import org.marsad.eval.TextExtractor;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;

/**
 * {@code marsad bench extract-html [DIR]}: pages/s of Marsad's HTML extraction, readability4j and
 * boilerpipe on the same decoded pages, one thread, in alternating rounds after a warm-up each.
 * DIR is an extraction data set ({@link ExtractDataset}) or a directory of HTML files.
 */
final class HtmlExtractBench {

    private final int rounds;
    private final double roundSeconds;
    private final double warmupSeconds;
    private long sink;

    HtmlExtractBench(int rounds, double roundSeconds, double warmupSeconds) {
        this.rounds = rounds;
        this.roundSeconds = roundSeconds;
        this.warmupSeconds = warmupSeconds;
    }

    int run(List<String> paths, PrintWriter out, PrintWriter err) throws IOException {
        List<String[]> pages = new ArrayList<>();
        String dir = paths.isEmpty() ? "../shared/data/extract/scrapinghub-aeb" : paths.get(0);
        try {
            for (EvalPage p : ExtractDataset.load(Path.of(dir)).pages()) {
                if (p.html() != null) {
                    pages.add(new String[] {p.html(), p.url()});
                }
            }
        } catch (IOException notADataset) {
            if (!Files.isDirectory(Path.of(dir))) {
                throw notADataset;
            }
            new PageReader().read(paths, (RawPage p) -> pages.add(new String[] {p.text(), p.source()}),
                    problem -> err.println("marsad: " + problem));
        }
        if (pages.isEmpty()) {
            throw new IOException("no readable HTML pages in " + dir);
        }
        long bytes = 0;
        for (String[] p : pages) {
            bytes += p[0].length();
        }
        List<TextExtractor> contenders = Extractors.all();
        out.printf(Locale.ROOT, "bench extract-html: %d pages from %s, %.1f K chars on average, one thread, Java %s%n",
                pages.size(), dir, bytes / 1024.0 / pages.size(), Runtime.version());
        for (TextExtractor x : contenders) {
            warm(x, pages);
        }
        double[][] rates = new double[contenders.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < contenders.size(); i++) {
                rates[i][r] = pagesPerSecond(contenders.get(i), pages);
            }
        }
        double marsad = mean(rates[0]);
        for (int i = 0; i < contenders.size(); i++) {
            double m = mean(rates[i]);
            out.printf(Locale.ROOT, "  %-14s %,9.0f pages/s  ± %.0f%s%n", contenders.get(i).name(), m, sd(rates[i], m),
                    i == 0 ? "" : String.format(Locale.ROOT, "   (marsad is %.2fx)", marsad / m));
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "  heap after run: %.1f MB used%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
        out.flush();
        return sink == Long.MIN_VALUE ? 3 : 0;
    }

    private void pass(TextExtractor x, List<String[]> pages) {
        for (String[] p : pages) {
            try {
                sink += x.extract(p[0], p[1]).length();
            } catch (RuntimeException | StackOverflowError e) {
                sink++;
            }
        }
    }

    private void warm(TextExtractor x, List<String[]> pages) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        do {
            pass(x, pages);
        } while (System.nanoTime() < end);
    }

    private double pagesPerSecond(TextExtractor x, List<String[]> pages) {
        long passes = 0;
        long start = System.nanoTime();
        long end = start + (long) (roundSeconds * 1e9);
        long now;
        do {
            pass(x, pages);
            passes++;
            now = System.nanoTime();
        } while (now < end);
        return passes * pages.size() / ((now - start) / 1e9);
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    private static double sd(double[] xs, double mean) {
        double v = 0;
        for (double x : xs) {
            v += (x - mean) * (x - mean);
        }
        return Math.sqrt(v / Math.max(1, xs.length - 1));
    }
}

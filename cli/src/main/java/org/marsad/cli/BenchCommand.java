package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.Marsad;
import org.marsad.entity.EntityRecognizer;
import org.marsad.source.BadInputException;
import org.marsad.source.InputProblem;
import org.marsad.source.PageDecoder;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;
import org.marsad.time.TemporalTagger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad bench extract}: throughput of text-page extraction on one thread, beside a peer
 * measured in the same run on the same pages: Lucene's {@code ArabicAnalyzer} tokenizing the page
 * text (tokenizer, normalization, stop words, light stemming), a well-known fast pass over Arabic
 * text that does a fraction of what extraction does.
 *
 * <p>Method: pages are read into memory first (disk time is not measured). Marsad runs from the
 * page bytes (charset detection and decoding included); the peer gets the already decoded text.
 * Each contender is warmed up, then measured in alternating rounds so both see the same machine
 * state; the report gives the mean and spread over rounds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput. `marsad bench extract [PATH...]` (default: the bundled samples).",
                "`marsad bench extract-html [DIR]`: HTML pages/s of Marsad, readability4j and boilerpipe",
                "(default DIR: ../shared/data/extract/scrapinghub-aeb).",
                "`marsad bench time [PATH...]`: articles/s of the temporal tagger alone on the articles of the pages",
                "(default: the bundled samples).",
                "`marsad bench stories PATH...`: story clustering time for the first 1,000, 10,000 and all articles",
                "of the pages or record dumps, beside the naive baseline clusterer.",
                "`marsad bench entities [PATH...] [--ner-model FILE]`: articles/s of entity recognition alone",
                "(lexicon and rules; with --ner-model, also the trained tagger and its resolution to entities).",
                "`marsad bench ingest PATH...`: the whole pipeline into a fresh store, beside plain Lucene indexing",
                "of the same records (ArabicAnalyzer), same threads, same run."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "what to measure: extract, extract-html, time, stories, entities, ingest")
    String what;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "text pages to use (default: the bundled samples)")
    List<String> paths = new ArrayList<>();

    @Option(names = "--rounds", description = "measured rounds per contender (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--round-seconds", description = "seconds per round (default: ${DEFAULT-VALUE})")
    double roundSeconds = 2.0;

    @Option(names = "--sizes", split = ",", description = "bench stories: corpus sizes to time besides all (default: 1000,10000)")
    List<Integer> sizes = List.of(1000, 10000);

    @Option(names = "--warmup-seconds", description = "warm-up seconds per contender (default: ${DEFAULT-VALUE})")
    double warmupSeconds = 4.0;

    @Option(names = "--threads", description = "bench ingest: threads for both (default: the machine's cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ner-model", paramLabel = "FILE", description = "bench entities: also measure this trained tagger")
    java.nio.file.Path nerModel;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Keeps results alive so the JIT cannot drop the work. */
    private long sink;

    @Override
    public Integer call() throws IOException {
        if (what.equals("extract-html")) {
            return new HtmlExtractBench(rounds, roundSeconds, warmupSeconds)
                    .run(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (what.equals("time")) {
            return timeBench();
        }
        if (what.equals("stories")) {
            if (paths.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "bench stories needs pages or record dumps (e.g. a month of SaudiNewsNet)");
            }
            return new StoryBench(rounds, warmupSeconds).run(paths, sizes, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (what.equals("entities")) {
            return entitiesBench();
        }
        if (what.equals("ingest")) {
            if (paths.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "bench ingest needs pages or record dumps (e.g. a month of SaudiNewsNet)");
            }
            return new IngestBench(rounds, threads).run(paths, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (!what.equals("extract")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown benchmark '" + what + "'; known: extract, extract-html, time, stories, entities, ingest");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RawPage> pages = paths.isEmpty() ? DemoPages.load() : read(paths);
        if (pages.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no readable pages to measure");
        }
        List<byte[]> bytes = new ArrayList<>();
        long totalBytes = 0;
        for (RawPage p : pages) {
            byte[] b = p.text().getBytes(StandardCharsets.UTF_8);
            bytes.add(b);
            totalBytes += b.length;
        }
        Marsad marsad = new Marsad();
        PageDecoder decoder = new PageDecoder();
        Analyzer lucene = new ArabicAnalyzer();
        Runnable marsadPass = () -> {
            for (int i = 0; i < bytes.size(); i++) {
                String source = pages.get(i).source();
                try {
                    var decoded = decoder.decode(bytes.get(i), source);
                    sink += marsad.extract(new RawPage(source, decoded.text(), decoded.charset())).size();
                } catch (BadInputException e) {
                    throw new IllegalStateException("a page that decoded once failed to decode again: " + e.getMessage(), e);
                }
            }
        };
        Runnable lucenePass = () -> {
            for (RawPage p : pages) {
                sink += tokens(lucene, p.text());
            }
        };
        out.printf("bench extract: %d pages, %.1f KB on average, one thread, Java %s%n",
                pages.size(), totalBytes / 1024.0 / pages.size(), Runtime.version());
        warm(marsadPass);
        warm(lucenePass);
        double[] marsadRates = new double[rounds];
        double[] luceneRates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            marsadRates[r] = pagesPerSecond(marsadPass, pages.size());
            luceneRates[r] = pagesPerSecond(lucenePass, pages.size());
        }
        Stats m = Stats.of(marsadRates);
        Stats l = Stats.of(luceneRates);
        out.printf("  marsad extract (decode + segment + label + metadata): %,10.0f pages/s  ± %.0f  (%.1f MB/s)%n",
                m.mean, m.sd, m.mean * totalBytes / pages.size() / 1e6);
        out.printf("  peer: lucene ArabicAnalyzer tokens only:                %,10.0f pages/s  ± %.0f%n", l.mean, l.sd);
        out.printf("  ratio marsad / lucene-analyzer: %.2f%n", m.mean / l.mean);
        out.printf("  heap after run: %.1f MB used%n", usedHeapMb());
        out.flush();
        lucene.close();
        return sink == Long.MIN_VALUE ? 3 : 0;
    }

    /**
     * {@code marsad bench time}: the temporal tagger alone (tokens, recognition, resolution against
     * the publication date) over the article texts of the pages, extracted beforehand, one thread.
     */
    private int timeBench() {
        PrintWriter out = spec.commandLine().getOut();
        List<RawPage> pages = paths.isEmpty() ? DemoPages.load() : read(paths);
        Marsad marsad = new Marsad();
        List<String> texts = new ArrayList<>();
        List<java.time.LocalDate> anchors = new ArrayList<>();
        long chars = 0;
        for (RawPage p : pages) {
            for (var a : marsad.extract(p)) {
                texts.add(a.text());
                anchors.add(a.published());
                chars += a.text().length();
            }
        }
        if (texts.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no articles to measure");
        }
        TemporalTagger tagger = TemporalTagger.standard();
        long expressions = 0;
        for (int i = 0; i < texts.size(); i++) {
            expressions += tagger.tag(texts.get(i), anchors.get(i)).size();
        }
        Runnable pass = () -> {
            for (int i = 0; i < texts.size(); i++) {
                sink += tagger.tag(texts.get(i), anchors.get(i)).size();
            }
        };
        out.printf("bench time: %d articles from %d pages, %.0f chars on average, %d expressions, one thread, Java %s%n",
                texts.size(), pages.size(), (double) chars / texts.size(), expressions, Runtime.version());
        warm(pass);
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            rates[r] = pagesPerSecond(pass, texts.size());
        }
        Stats m = Stats.of(rates);
        out.printf("  marsad temporal tagger: %,10.0f articles/s  ± %.0f  (%.1f MB/s of UTF-16 text)%n",
                m.mean, m.sd, m.mean * chars * 2 / texts.size() / 1e6);
        out.flush();
        return sink == Long.MIN_VALUE ? 3 : 0;
    }

    /**
     * {@code marsad bench entities}: entity recognition alone (clitic tokens, lexicon and spelling
     * families, cues, discovery, coreference) over the article texts of the pages, extracted
     * beforehand, one thread; with {@code --ner-model}, the trained tagger with its resolution to
     * entities measured in the same run, rounds alternating.
     */
    private int entitiesBench() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<RawPage> pages = paths.isEmpty() ? DemoPages.load() : read(paths);
        Marsad marsad = new Marsad();
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (RawPage p : pages) {
            for (var a : marsad.extract(p)) {
                texts.add(a.text());
                chars += a.text().length();
            }
        }
        if (texts.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no articles to measure");
        }
        EntityRecognizer rules = new EntityRecognizer();
        EntityRecognizer trained = nerModel == null ? null
                : new EntityRecognizer().withTagger(org.marsad.entity.tagger.PerceptronTagger.load(nerModel));
        long mentions = 0;
        for (String t : texts) {
            mentions += rules.recognize(t).size();
        }
        Runnable rulesPass = () -> {
            for (String t : texts) {
                sink += rules.recognize(t).size();
            }
        };
        Runnable trainedPass = trained == null ? null : () -> {
            for (String t : texts) {
                sink += trained.recognize(t).size();
            }
        };
        out.printf("bench entities: %d articles from %d pages, %.0f chars on average, %d mentions (lexicon and rules), one thread, Java %s%n",
                texts.size(), pages.size(), (double) chars / texts.size(), mentions, Runtime.version());
        warm(rulesPass);
        if (trainedPass != null) {
            warm(trainedPass);
        }
        double[] rates = new double[rounds];
        double[] trainedRates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            rates[r] = pagesPerSecond(rulesPass, texts.size());
            if (trainedPass != null) {
                trainedRates[r] = pagesPerSecond(trainedPass, texts.size());
            }
        }
        Stats m = Stats.of(rates);
        out.printf("  marsad entities, lexicon and rules:   %,10.0f articles/s  ± %.0f  (%.1f MB/s of UTF-16 text)%n",
                m.mean, m.sd, m.mean * chars * 2 / texts.size() / 1e6);
        if (trainedPass != null) {
            Stats t = Stats.of(trainedRates);
            out.printf("  marsad entities, trained tagger (%s): %,10.0f articles/s  ± %.0f%n", nerModel.getFileName(), t.mean, t.sd);
        }
        out.flush();
        return sink == Long.MIN_VALUE ? 3 : 0;
    }

    private List<RawPage> read(List<String> inputs) {
        List<RawPage> pages = new ArrayList<>();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        new PageReader().read(inputs, pages::add, (InputProblem p) -> problems.accept(p));
        return pages;
    }

    private void warm(Runnable pass) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < end) {
            pass.run();
        }
    }

    private double pagesPerSecond(Runnable pass, int pagesPerPass) {
        long passes = 0;
        long start = System.nanoTime();
        long end = start + (long) (roundSeconds * 1e9);
        long now;
        do {
            pass.run();
            passes++;
            now = System.nanoTime();
        } while (now < end);
        return passes * pagesPerPass / ((now - start) / 1e9);
    }

    private static long tokens(Analyzer analyzer, String text) {
        long n = 0;
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static double usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }

    private record Stats(double mean, double sd) {
        static Stats of(double[] xs) {
            double mean = 0;
            for (double x : xs) {
                mean += x;
            }
            mean /= xs.length;
            double var = 0;
            for (double x : xs) {
                var += (x - mean) * (x - mean);
            }
            return new Stats(mean, Math.sqrt(var / Math.max(1, xs.length - 1)));
        }
    }
}

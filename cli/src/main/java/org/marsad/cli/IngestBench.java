package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.marsad.Marsad;
import org.marsad.store.IngestListener;
import org.marsad.store.IngestSummary;
import org.marsad.store.StoreWriter;

/**
 * {@code marsad bench ingest PATH...}: the whole pipeline into a fresh store (read, extract,
 * analyze, index, then stories and entities), beside a peer measured in the same run on the same
 * input: plain Lucene indexing of every record's text with its {@code ArabicAnalyzer} (tokenizer,
 * normalization, stop words, light stemming), text indexed and stored, with as many threads. The
 * peer is what a search box over the same dumps costs at least; Marsad does that and everything
 * else, so the ratio says what the rest costs.
 *
 * <p>The peer reads JSON record dumps (a JSON array or JSON Lines, gzipped or not) record by record,
 * and any other file as one document. Both write to fresh directories under the system's temporary
 * directory, removed afterwards. Each round runs both, Marsad first; the report gives wall seconds
 * and the CPU seconds of the whole process (every thread, JIT and collector included), which a busy
 * machine disturbs less than wall time.
 *
 * <p>The first round runs on a cold JVM: on SaudiNewsNet July about half of Marsad's CPU in it is
 * the JIT compiling its code (measured with {@code -XX:+CITime}), which a larger corpus or a
 * long-running process pays once. So the first round is reported apart as what a one-off ingest of
 * this size costs, and the rounds after it, warm, as the pipeline's throughput; the ratio to the
 * peer is taken between warm rounds of both.
 */
final class IngestBench {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int rounds;
    private final int threads;

    IngestBench(int rounds, int threads) {
        this.rounds = rounds;
        this.threads = threads;
    }

    /** One contender's round: articles (or documents) written, wall and process CPU seconds. */
    private record Round(long items, double wallSeconds, double cpuSeconds) {
        double perSecond() {
            return items / wallSeconds;
        }
    }

    int run(List<String> paths, PrintWriter out, PrintWriter err) throws IOException {
        out.printf(Locale.ROOT, "bench ingest: %s, %d threads, Java %s%n", String.join(" ", paths), threads, Runtime.version());
        List<Round> marsad = new ArrayList<>();
        List<Round> peer = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Round m = marsad(paths);
            Round p = peer(paths);
            marsad.add(m);
            peer.add(p);
            out.printf(Locale.ROOT, "round %d: marsad %d articles in %.1f s (%.0f/s, %.1f CPU s); "
                    + "lucene ArabicAnalyzer %d documents in %.1f s (%.0f/s, %.1f CPU s)%n", r + 1, m.items(),
                    m.wallSeconds(), m.perSecond(), m.cpuSeconds(), p.items(), p.wallSeconds(), p.perSecond(), p.cpuSeconds());
        }
        Round cold = marsad.get(0);
        out.printf(Locale.ROOT, "cold (round 1, the JIT compiling as it goes): marsad %.0f articles/s (%.2f ms CPU each)%n",
                cold.perSecond(), 1000 * cold.cpuSeconds() / cold.items());
        if (rounds < 2) {
            out.println("warm: give --rounds 2 or more for the throughput of a warm JVM");
            return 0;
        }
        Round bestMarsad = marsad.subList(1, rounds).stream().min(Comparator.comparingDouble(Round::wallSeconds)).orElseThrow();
        Round bestPeer = peer.subList(1, rounds).stream().min(Comparator.comparingDouble(Round::wallSeconds)).orElseThrow();
        out.printf(Locale.ROOT, "warm (best of rounds 2 to %d): marsad %.0f articles/s (%.2f ms CPU each), "
                        + "lucene %.0f documents/s (%.2f ms CPU each); marsad at %.2f x the peer's rate%n", rounds,
                bestMarsad.perSecond(), 1000 * bestMarsad.cpuSeconds() / bestMarsad.items(),
                bestPeer.perSecond(), 1000 * bestPeer.cpuSeconds() / bestPeer.items(),
                bestMarsad.perSecond() / bestPeer.perSecond());
        return 0;
    }

    private Round marsad(List<String> paths) throws IOException {
        Path dir = Files.createTempDirectory("marsad-bench-ingest-");
        try {
            long cpu = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            IngestSummary summary;
            try (StoreWriter writer = StoreWriter.open(dir, new Marsad(), threads)) {
                summary = writer.ingest(paths, IngestListener.SILENT);
            }
            return new Round(summary.articles(), (System.nanoTime() - t0) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
        } finally {
            delete(dir);
        }
    }

    private Round peer(List<String> paths) throws IOException {
        Path dir = Files.createTempDirectory("marsad-bench-lucene-");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FSDirectory directory = FSDirectory.open(dir)) {
            long cpu = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(new ArabicAnalyzer());
            config.setRAMBufferSizeMB(64);
            long documents = 0;
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                List<Future<?>> pending = new ArrayList<>();
                for (String input : paths) {
                    for (Iterator<String> texts = texts(Path.of(input)); texts.hasNext(); ) {
                        String text = texts.next();
                        documents++;
                        pending.add(pool.submit(() -> {
                            Document d = new Document();
                            d.add(new TextField("text", text, Field.Store.NO));
                            d.add(new StoredField("stored", text));
                            writer.addDocument(d);
                            return null;
                        }));
                        if (pending.size() >= 1024) {
                            drain(pending);
                        }
                    }
                }
                drain(pending);
                writer.commit();
            }
            return new Round(documents, (System.nanoTime() - t0) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
        } finally {
            pool.shutdownNow();
            delete(dir);
        }
    }

    private static void drain(List<Future<?>> pending) throws IOException {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("the peer failed to index a document: " + e.getCause(), e.getCause());
            }
        }
        pending.clear();
    }

    /**
     * The texts the peer indexes from one input: each record's text fields joined (title, content and
     * the rest) for a JSON array or JSON Lines dump, else the whole file.
     */
    static Iterator<String> texts(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean gzip = name.endsWith(".gz");
        String plain = gzip ? name.substring(0, name.length() - 3) : name;
        InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        if (plain.endsWith(".jsonl")) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Iterator<String> records = lines.lines().filter(l -> !l.isBlank()).map(IngestBench::recordText).iterator();
            // the file is closed once its last line is read, as the JSON array's parser closes it
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = records.hasNext();
                    if (!more) {
                        try {
                            lines.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                        }
                    }
                    return more;
                }

                @Override
                public String next() {
                    return records.next();
                }
            };
        }
        if (plain.endsWith(".json")) {
            JsonParser parser = JSON.getFactory().createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                parser.close();
                throw new IOException(file + ": not a JSON array of records");
            }
            return new Iterator<>() {
                private JsonToken next = advance();

                private JsonToken advance() {
                    try {
                        JsonToken t = parser.nextToken();
                        if (t != JsonToken.START_OBJECT) {
                            parser.close();
                        }
                        return t;
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next == JsonToken.START_OBJECT;
                }

                @Override
                public String next() {
                    try {
                        String text = recordText((JsonNode) JSON.readTree(parser));
                        next = advance();
                        return text;
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                    }
                }
            };
        }
        try (in) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)).iterator();
        }
    }

    private static String recordText(String line) {
        try {
            return recordText(JSON.readTree(line));
        } catch (IOException e) {
            return line;
        }
    }

    private static String recordText(JsonNode record) {
        StringBuilder text = new StringBuilder();
        record.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual()) {
                text.append(f.getValue().asText()).append('\n');
            }
        });
        return text.toString();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;
import org.marsad.store.IngestListener;
import org.marsad.store.MarsadStore;
import org.marsad.store.SparkJobTables;
import org.marsad.store.StoreWriter;
import org.marsad.store.StoryView;

/** The job in Spark local mode (local[2]) on the sample pages and on a slice of SaudiNewsNet. Run with -Pspark. */
@Tag("spark")
class MarsadSparkJobTest {

    private static final Path SHARED = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    private static final int SLICE = 300;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("marsad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The CLI's `analyze` is PageReader, then Marsad.extract and Marsad.analyze per page: the same articles and mentions must come out. */
    @Test
    void samplePagesGiveTheArticlesAndEntitiesOfTheCli(@TempDir Path out) throws IOException {
        Path pages = SHARED.resolve("samples/pages");
        assumeTrue(Files.isDirectory(pages), "no sample pages at " + pages);
        Marsad marsad = new Marsad();
        List<AnalyzedArticle> expected = new ArrayList<>();
        new PageReader().read(List.of(pages.toString()), page -> marsad.extract(page).forEach(a -> expected.add(marsad.analyze(a))),
                problem -> { throw new AssertionError(problem.toString()); });

        JobSummary summary = MarsadSparkJob.run(spark, JobOptions.parse(pages.toString(), "--out", out.toString(), "--compare-embedded"));

        assertEquals(0, summary.problems());
        assertEquals(expected.size(), summary.articles());
        Set<String> expectedArticles = new TreeSet<>();
        Set<String> expectedMentions = new TreeSet<>();
        for (AnalyzedArticle a : expected) {
            Article x = a.article();
            expectedArticles.add(String.join("|", x.id(), x.source(), String.valueOf(x.position()), String.valueOf(x.title()),
                    String.valueOf(x.published()), String.valueOf(x.outlet()), String.join("\n", x.paragraphs())));
            for (ArticleEntity e : a.entities()) {
                for (EntityMention m : e.mentions()) {
                    expectedMentions.add(String.join("|", x.id(), e.entity().id(), m.text(), String.valueOf(m.start()), String.valueOf(m.end())));
                }
            }
        }
        Set<String> articles = new TreeSet<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
            List<String> paragraphs = r.getList(r.fieldIndex("paragraphs"));
            articles.add(String.join("|", r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("source")),
                    String.valueOf(r.getInt(r.fieldIndex("position"))), String.valueOf(r.getString(r.fieldIndex("title"))),
                    String.valueOf(r.getDate(r.fieldIndex("published"))), String.valueOf(r.getString(r.fieldIndex("outlet"))),
                    String.join("\n", paragraphs)));
        }
        Set<String> mentions = new TreeSet<>();
        for (Row r : spark.read().parquet(out.resolve("entities").toString()).collectAsList()) {
            mentions.add(String.join("|", r.getString(r.fieldIndex("article_id")), r.getString(r.fieldIndex("entity_id")),
                    r.getString(r.fieldIndex("text")), String.valueOf(r.getInt(r.fieldIndex("start"))), String.valueOf(r.getInt(r.fieldIndex("end")))));
        }
        assertEquals(expectedArticles, articles);
        assertTrue(!expectedMentions.isEmpty());
        assertEquals(expectedMentions, mentions);

        long inStories = spark.read().parquet(out.resolve("stories").toString()).selectExpr("sum(size) as n").first().getLong(0);
        assertEquals(expected.size(), inStories, "every article is in exactly one story");
        assertEquals(expected.size(), summary.agreement().n());
        assertEquals(1.0, summary.agreement().f1(), 1e-9, "exact groups give the embedded clusterer's stories");
    }

    /**
     * The round trip of {@code marsad ingest --parquet}: the job's tables on the sample pages, read
     * back without Spark and loaded into the embedded store, give the articles the CLI analyzes
     * (entities, times and events included) and the job's stories.
     */
    @Test
    void theTablesLoadIntoTheStoreWithTheSameArticlesAndStories(@TempDir Path dir) throws IOException {
        Path pages = SHARED.resolve("samples/pages");
        assumeTrue(Files.isDirectory(pages), "no sample pages at " + pages);
        Marsad marsad = new Marsad();
        Map<String, AnalyzedArticle> expected = new TreeMap<>();
        new PageReader().read(List.of(pages.toString()), page -> marsad.extract(page).forEach(a -> expected.put(a.id(), marsad.analyze(a))),
                problem -> { throw new AssertionError(problem.toString()); });
        Path out = dir.resolve("out");
        MarsadSparkJob.run(spark, JobOptions.parse(pages.toString(), "--out", out.toString()));
        Map<String, String> jobStories = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
            jobStories.put(r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("story")));
        }

        SparkJobTables.Loaded loaded = SparkJobTables.read(out);
        try (StoreWriter writer = StoreWriter.open(dir.resolve("store"), marsad, 2)) {
            writer.ingestAnalyzed(loaded.pages(), IngestListener.SILENT);
        }

        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(), loaded.missingTables());
        assertEquals(jobStories, loaded.jobStories());
        Map<String, String> storeStories = new TreeMap<>();
        try (MarsadStore store = MarsadStore.open(dir.resolve("store"))) {
            assertEquals(expected.size(), store.stats().articles());
            for (StoryView story : store.stories(0, (int) store.stats().stories())) {
                story.story().articles().forEach(a -> storeStories.put(a.id(), story.story().id()));
            }
            for (AnalyzedArticle want : expected.values()) {
                AnalyzedArticle got = store.article(want.article().id()).orElseThrow().analyzed();
                assertEquals(want.article().title(), got.article().title());
                assertEquals(want.article().paragraphs(), got.article().paragraphs());
                assertEquals(want.article().outlet(), got.article().outlet());
                if (want.article().published() != null) {
                    assertEquals(want.article().published(), got.article().published());
                }
                assertEquals(want.entities(), got.entities(), want.article().id());
                assertEquals(want.times(), got.times(), want.article().id());
                assertEquals(want.events(), got.events(), want.article().id());
            }
        }
        assertEquals(expected.keySet(), jobStories.keySet());
        assertTrue(expected.values().stream().anyMatch(a -> !a.events().isEmpty()), "the samples tell events");
        assertEquals(jobStories, storeStories, "the store's clusterer gives the job's stories, ids included");
    }

    /**
     * WARC archives written here (one gzipped with a cut record in the middle, one plain cut at the
     * end, one with a page that is damaged UTF-8): the job gives the articles, problems and warnings
     * the CLI's reader gives; the cut records cost nothing else and the damaged page is a warning.
     */
    @Test
    void warcArchivesGiveTheArticlesAndProblemsOfTheCli(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("crawl"));
        WarcFixture.gzippedWithACutRecordInTheMiddle(input);
        WarcFixture.plainCutAtTheEnd(input);
        WarcFixture.withADamagedPage(input);
        Marsad marsad = new Marsad();
        Set<String> expectedArticles = new TreeSet<>();
        Set<String> expectedProblems = new TreeSet<>();
        new PageReader().read(List.of(input.toString()), page -> marsad.extract(page).forEach(a -> expectedArticles.add(
                        String.join("|", a.id(), a.source(), String.valueOf(a.title()), String.join("\n", a.paragraphs())))),
                problem -> expectedProblems.add(problem.source() + ": " + problem.reason() + " skipped=" + problem.skipped()));

        JobSummary summary = MarsadSparkJob.run(spark, JobOptions.parse(input.toString(), "--out", dir.resolve("out").toString()));

        Set<String> articles = new TreeSet<>();
        for (Row r : spark.read().parquet(dir.resolve("out/articles").toString()).collectAsList()) {
            List<String> paragraphs = r.getList(r.fieldIndex("paragraphs"));
            articles.add(String.join("|", r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("source")),
                    String.valueOf(r.getString(r.fieldIndex("title"))), String.join("\n", paragraphs)));
        }
        Set<String> problems = new TreeSet<>();
        for (Row r : spark.read().parquet(dir.resolve("out/problems").toString()).collectAsList()) {
            problems.add(r.getString(r.fieldIndex("source")) + ": " + r.getString(r.fieldIndex("problem"))
                    + " skipped=" + r.getBoolean(r.fieldIndex("skipped")));
        }
        assertEquals(4, expectedArticles.size(), expectedArticles::toString);
        assertEquals(expectedArticles, articles);
        assertEquals(3, expectedProblems.size(), expectedProblems::toString);
        assertEquals(expectedProblems, problems);
        assertEquals(2, summary.problems());
        assertEquals(1, summary.warnings());
        assertTrue(problems.stream().allMatch(p -> p.contains(": record at byte offset ")), problems::toString);
    }

    /**
     * Pages written here, one with a byte that is not UTF-8 and one with NUL bytes: read with a
     * warning each, as the CLI reads them, and the exit code stays 0; a binary file beside them is a
     * problem, and only it makes the exit code 1.
     */
    @Test
    void warningsAreReportedAndCountedApartAndLeaveTheExitCodeAlone(@TempDir Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("pages"));
        Files.write(input.resolve("damaged.txt"), InputFilesTest.pageWith((byte) 0xFF));
        Files.write(input.resolve("nul.txt"), InputFilesTest.pageWith((byte) 0, (byte) 0));
        List<InputProblem> expected = new ArrayList<>();
        new PageReader().read(List.of(input.toString()), page -> { }, expected::add);

        JobSummary read = MarsadSparkJob.run(spark, JobOptions.parse(input.toString(), "--out", dir.resolve("read").toString()));

        assertEquals(2, expected.size(), expected::toString);
        assertTrue(expected.stream().noneMatch(InputProblem::skipped), expected::toString);
        assertEquals(Set.copyOf(expected), Set.copyOf(read.inputProblems()));
        assertEquals(Set.copyOf(expected), Set.copyOf(problemsTable(dir.resolve("read"))));
        assertEquals(2, read.articles());
        assertEquals(0, read.problems());
        assertEquals(2, read.warnings());
        assertEquals(0, read.exitCode());
        String described = read.describe();
        for (InputProblem w : expected) {
            assertTrue(described.contains("marsad-spark: warning: " + w.source() + ": " + w.reason() + " (read anyway)\n"), described);
        }
        assertTrue(described.contains(" 2 articles, 0 problems (inputs skipped), 2 warnings (inputs read anyway),"), described);

        Path binary = Files.write(input.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        JobSummary withABadInput = MarsadSparkJob.run(spark, JobOptions.parse(input.toString(), "--out", dir.resolve("bad").toString()));

        assertEquals(2, withABadInput.articles());
        assertEquals(1, withABadInput.problems());
        assertEquals(2, withABadInput.warnings());
        assertEquals(1, withABadInput.exitCode());
        List<InputProblem> skipped = problemsTable(dir.resolve("bad")).stream().filter(InputProblem::skipped).toList();
        assertEquals(1, skipped.size(), skipped::toString);
        assertEquals(binary.toString(), skipped.get(0).source());
        assertTrue(withABadInput.describe().contains("marsad-spark: skipped " + binary + ": binary"), withABadInput.describe());
    }

    private static List<InputProblem> problemsTable(Path out) {
        List<InputProblem> rows = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("problems").toString()).collectAsList()) {
            rows.add(new InputProblem(r.getString(r.fieldIndex("source")), r.getString(r.fieldIndex("problem")),
                    r.getBoolean(r.fieldIndex("skipped"))));
        }
        return rows;
    }

    /** A slice of one SaudiNewsNet day (written at test time, never kept), plus one bad input that must cost nothing else. */
    @Test
    void aSliceOfSaudiNewsNetIsReadAsRecords(@TempDir Path dir) throws IOException {
        Path day = SHARED.resolve("data/news/saudinewsnet/2015-07-21.json.gz");
        assumeTrue(Files.isRegularFile(day), "no SaudiNewsNet at " + day);
        ObjectMapper json = new ObjectMapper();
        ArrayNode slice = json.createArrayNode();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(day))) {
            for (JsonNode record : json.readTree(in)) {
                if (slice.size() < SLICE) {
                    slice.add(record);
                }
            }
        }
        Path input = Files.createDirectories(dir.resolve("in"));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(input.resolve("slice.json.gz")))) {
            json.writeValue(o, slice);
        }
        Files.write(input.resolve("broken.txt"), new byte[] {'a', 0, 'b'});

        JobSummary summary = MarsadSparkJob.run(spark, JobOptions.parse(input.toString(), "--out", dir.resolve("out").toString(), "--compare-embedded"));

        assertEquals(SLICE, summary.articles());
        assertEquals(1, summary.problems());
        assertTrue(summary.inputProblems().get(0).source().endsWith("broken.txt"), summary.describe());
        for (Row d : spark.read().parquet(dir.resolve("out/duplicates").toString()).collectAsList()) {
            assertTrue(d.getBoolean(d.fieldIndex("exact")) || d.getDouble(d.fieldIndex("similarity")) >= 0.5, d.toString());
        }
        long inStories = spark.read().parquet(dir.resolve("out/stories").toString()).selectExpr("sum(size) as n").first().getLong(0);
        assertEquals(SLICE - duplicateUrls(slice), inStories);
        assertEquals(SLICE - duplicateUrls(slice), summary.agreement().n());
        assertEquals(1.0, summary.agreement().f1(), 1e-9, "exact groups give the embedded clusterer's stories");
        assertEquals(1.0, summary.agreement().pairF1(), 1e-9);
        System.err.println(summary.describe());

        // the slice cut into units of 100: every article still in exactly one story, and slices led by
        // the slice before agree with the embedded clusterer at least as well as plain slices
        JobSummary overlapping = MarsadSparkJob.run(spark, JobOptions.parse(input.toString(), "--out", dir.resolve("cut").toString(),
                "--compare-embedded", "--max-group", "100"));
        JobSummary plain = MarsadSparkJob.run(spark, JobOptions.parse(input.toString(), "--out", dir.resolve("plain").toString(),
                "--compare-embedded", "--max-group", "100", "--overlap-days", "0"));
        long cutInStories = spark.read().parquet(dir.resolve("cut/stories").toString()).selectExpr("sum(size) as n").first().getLong(0);
        assertEquals(SLICE - duplicateUrls(slice), cutInStories);
        assertTrue(overlapping.storyGroups() > 1, overlapping.describe());
        assertTrue(overlapping.agreement().f1() >= plain.agreement().f1(), overlapping.describe() + "\n" + plain.describe());
        assertTrue(overlapping.agreement().pairF1() >= plain.agreement().pairF1(), overlapping.describe() + "\n" + plain.describe());
        System.err.println(overlapping.describe());
        System.err.println(plain.describe());
    }

    private static int duplicateUrls(ArrayNode records) {
        Set<String> urls = new java.util.HashSet<>();
        int repeated = 0;
        for (JsonNode r : records) {
            if (!urls.add(r.path("url").asText())) {
                repeated++;
            }
        }
        return repeated;
    }
}

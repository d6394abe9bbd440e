package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.marsad.dedup.DedupParameters;
import org.marsad.source.InputProblem;
import org.marsad.source.PageFileNames;
import org.marsad.story.ClusterScores;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryParameters;


/**
 * Marsad as a Spark job: pages, WARC archives and article-record dumps from any Hadoop path in,
 * Parquet tables out.
 * <ol>
 *   <li>read and extract: every input file ({@code binaryFiles}, directories recursively) is read
 *       ({@link InputFiles}) and extracted by the core where it is read ({@link UnitAnalysis#extract}:
 *       a page gives its articles, a dump of records one article per record, a WARC archive the
 *       articles of each HTML response, read record by record);</li>
 *   <li>analyze: the articles are spread over the cluster and analyzed ({@link UnitAnalysis#analyze});
 *       a bad input or record becomes a row of the {@code problems} table and costs nothing else;
 *       an input read only after a repair (bad bytes as U+FFFD, NUL bytes dropped) gives its articles
 *       and a warning row in the same table;</li>
 *   <li>duplicates: MinHash LSH banding as a shuffle ({@link NearDuplicates});</li>
 *   <li>stories: blocking cuts the corpus into groups no story crosses (connected components of the
 *       embedded clusterer's candidate lookups and duplicate pairs), and the embedded clusterer runs
 *       on each group ({@link StoryGroups}); a story's id is the id of its earliest article.</li>
 * </ol>
 * Tables under the output directory: {@code articles} (the article fields and {@code story}),
 * {@code entities} (one row per mention), {@code times}, {@code events}, {@code duplicates},
 * {@code stories}, {@code problems}. A {@code problems} row is the core's {@link InputProblem}:
 * {@code source, problem} (the reason) and {@code skipped}, true for an input (or record) left out,
 * false for a warning about an input read anyway. One table rather than a table of warnings beside
 * it, since both are reports about inputs with the same columns and the core keeps them in one type;
 * a reader counting failures filters on {@code skipped}. As in the CLI, only skipped inputs make the
 * exit code 1; warnings are printed and counted apart ({@link JobSummary}).
 */
public final class MarsadSparkJob {

    private static final StructType STORY = new StructType()
            .add("id", DataTypes.StringType).add("title", DataTypes.StringType)
            .add("first", DataTypes.DateType).add("last", DataTypes.DateType)
            .add("outlets", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("size", DataTypes.IntegerType)
            .add("articles", DataTypes.createArrayType(new StructType().add("id", DataTypes.StringType)
                    .add("source", DataTypes.StringType).add("position", DataTypes.IntegerType), false));

    private MarsadSparkJob() {
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("marsad");
        if (options.cores() > 0) {
            builder.master("local[" + options.cores() + "]")
                    .config("spark.ui.enabled", "false")
                    // a few shuffle partitions per core: the default 200 is for clusters
                    .config("spark.sql.shuffle.partitions", String.valueOf(options.cores() * JobOptions.DEFAULT_PARTITIONS_PER_CORE));
        }
        SparkSession spark = builder.getOrCreate();
        if (options.cores() > 0) {
            spark.sparkContext().setLogLevel("WARN");
        }
        try {
            JobSummary summary = run(spark, options);
            System.err.println(summary.describe());
            System.exit(summary.exitCode());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark}; the tables are written when it returns. */
    public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int partitions = options.partitions() > 0 ? options.partitions()
                : sc.defaultParallelism() * JobOptions.DEFAULT_PARTITIONS_PER_CORE;

        // extraction where each file is read, then a repartition: a few big dumps still spread their
        // records over every core for analysis, the costly step
        JavaRDD<Extracted> extracted = sc.binaryFiles(String.join(",", options.inputs()))
                .flatMap(file -> extract(sourceName(file._1()), file._2()).iterator());
        JavaRDD<Row> analyzedRows = extracted.repartition(partitions).map(UnitAnalysis::analyze);
        Dataset<Row> all = spark.createDataFrame(analyzedRows, AnalyzedRows.ANALYZED).cache();
        Dataset<Row> analyzed = all.where(col("problem").isNull()).drop("problem", "skipped");
        Dataset<Row> problems = all.where(col("problem").isNotNull()).select("source", "problem", "skipped");
        long articleCount = analyzed.count();
        List<InputProblem> inputProblems = new ArrayList<>();
        for (Row r : problems.collectAsList()) {
            inputProblems.add(new InputProblem(r.getString(0), r.getString(1), r.getBoolean(2)));
        }
        long analyzedAt = System.nanoTime();

        // an id seen twice (the same URL in two dumps) is one article to the clusterer, as in the embedded one
        Dataset<Row> storyInputs = spark.createDataFrame(analyzed.javaRDD().map(StoryInputs::fromAnalyzed), StoryInputs.SCHEMA)
                .dropDuplicates("id").cache();
        int windowDays = StoryParameters.standard().windowDays();
        Dataset<Row> duplicatePairs = NearDuplicates.pairs(spark, storyInputs, DedupParameters.standard(), windowDays).cache();
        Dataset<Row> duplicates = NearDuplicates.best(duplicatePairs);
        long duplicateCount = duplicates.count();
        long dedupAt = System.nanoTime();

        StoryGroups.Result grouped = StoryGroups.stories(spark, storyInputs, duplicatePairs, partitions, options.blockRun(),
                options.maxGroup(), options.overlapDays(), options.maxPrefix());
        Dataset<Row> membership = grouped.membership().cache();
        Dataset<Row> stories = stories(spark, membership, storyInputs);
        long storyCount = stories.count();
        long storiesAt = System.nanoTime();

        SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        Dataset<Row> storyOf = membership.select(col("id").as("article_id"), col("component"));
        Dataset<Row> articles = analyzed.drop("entities", "times", "events")
                .join(storyOf, analyzed.col("id").equalTo(storyOf.col("article_id")), "left")
                .withColumn("story", org.apache.spark.sql.functions.substring_index(col("component"), " ", -1))
                .drop("article_id", "component");
        articles.write().mode(mode).parquet(table(options, "articles"));
        analyzed.select(col("id").as("article_id"), explode(col("entities")).as("e"))
                .select(col("article_id"), col("e.id").as("entity_id"), col("e.name"), col("e.name_en"), col("e.type"),
                        col("e.subtype"), col("e.wikidata"), explode(col("e.mentions")).as("m"))
                .select(col("article_id"), col("entity_id"), col("name"), col("name_en"), col("type"), col("subtype"),
                        col("wikidata"), col("m.text"), col("m.start"), col("m.end"), col("m.how"), col("m.score"))
                .write().mode(mode).parquet(table(options, "entities"));
        analyzed.select(col("id").as("article_id"), explode(col("times")).as("t")).select("article_id", "t.*")
                .write().mode(mode).parquet(table(options, "times"));
        analyzed.select(col("id").as("article_id"), explode(col("events")).as("f")).select("article_id", "f.*")
                .write().mode(mode).parquet(table(options, "events"));
        duplicates.write().mode(mode).parquet(table(options, "duplicates"));
        stories.write().mode(mode).parquet(table(options, "stories"));
        problems.write().mode(mode).parquet(table(options, "problems"));
        long writtenAt = System.nanoTime();

        ClusterScores agreement = options.compareEmbedded() ? agreement(storyInputs, membership) : null;
        JobSummary summary = new JobSummary(articleCount, inputProblems, duplicateCount, storyCount, seconds(start, analyzedAt),
                seconds(analyzedAt, dedupAt), seconds(dedupAt, storiesAt), seconds(storiesAt, writtenAt), grouped.groups(), grouped.largestGroup(), agreement);
        all.unpersist();
        storyInputs.unpersist();
        duplicatePairs.unpersist();
        membership.unpersist();
        return summary;
    }

    /** The articles and problems of one input file. */
    private static List<Extracted> extract(String source, PortableDataStream stream) {
        if (PageFileNames.isWarc(source.substring(source.lastIndexOf('/') + 1))) {
            return extractWarc(source, stream);
        }
        InputFiles.Read read;
        try (var in = stream.open()) {
            read = InputFiles.read(source, in);
        } catch (IOException | RuntimeException e) {
            return List.of(Extracted.problem(source, "cannot read: " + e.getMessage()));
        }
        return read.problem() != null ? List.of(Extracted.problem(source, read.problem())) : UnitAnalysis.extract(read.file());
    }

    /**
     * A WARC archive, read record by record where it is stored (never whole: a Common Crawl file is
     * a gigabyte), through a seekable channel so that a corrupt record costs only itself.
     */
    private static List<Extracted> extractWarc(String source, PortableDataStream stream) {
        Path path = new Path(stream.getPath());
        try {
            FileSystem fs = path.getFileSystem(stream.getConfiguration());
            long size = fs.getFileStatus(path).getLen();
            try (HadoopFileChannel channel = new HadoopFileChannel(fs.open(path), size)) {
                return UnitAnalysis.extractWarc(source, channel);
            }
        } catch (IOException | RuntimeException e) {
            return List.of(Extracted.problem(source, "cannot read: " + e.getMessage()));
        }
    }

    /** A local file's path as the CLI names it ({@code /a/b.txt}, not {@code file:/a/b.txt}); any other URI as it is. */
    static String sourceName(String uri) {
        Path path = new Path(uri);
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : uri;
    }

    private static Dataset<Row> stories(SparkSession spark, Dataset<Row> membership, Dataset<Row> storyInputs) {
        Dataset<Row> grouped = membership.join(storyInputs, "id")
                .groupBy("component")
                .agg(sort_array(collect_list(struct("key", "id", "source", "position", "title", "outlet", "published"))).as("members"));
        return spark.createDataFrame(grouped.javaRDD().map(r -> {
            List<Row> members = r.getList(r.fieldIndex("members"));
            String title = null;
            java.sql.Date first = null, last = null;
            LinkedHashSet<String> outlets = new LinkedHashSet<>();
            List<Row> articles = new ArrayList<>();
            for (Row m : members) {
                if (title == null) {
                    title = m.getString(4);
                }
                if (m.getString(5) != null) {
                    outlets.add(m.getString(5));
                }
                java.sql.Date d = m.getDate(6);
                if (d != null) {
                    first = first == null || d.before(first) ? d : first;
                    last = last == null || d.after(last) ? d : last;
                }
                articles.add(RowFactory.create(m.getString(1), m.getString(2), m.getInt(3)));
            }
            return RowFactory.create(StoryInputs.idOfKey(r.getString(0)), title, first, last, outlets.toArray(new String[0]),
                    members.size(), articles.toArray(new Row[0]));
        }), STORY);
    }

    /** The embedded clusterer on the same articles (one batch, on the driver) scored against the job's stories. */
    private static ClusterScores agreement(Dataset<Row> storyInputs, Dataset<Row> membership) {
        List<StoryArticle> articles = new ArrayList<>();
        for (Row r : storyInputs.collectAsList()) {
            articles.add(StoryInputs.article(r));
        }
        StoryClusterer embedded = new StoryClusterer();
        embedded.add(articles);
        Map<String, String> job = new HashMap<>();
        for (Row r : membership.collectAsList()) {
            job.put(r.getString(0), r.getString(1));
        }
        return ClusterScores.of(embedded.assignment(), job);
    }

    private static String table(JobOptions options, String name) {
        return new Path(options.out(), name).toString();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}

package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.marsad.story.StoryArticle;
import org.marsad.story.StoryPairRule;
import org.marsad.story.StoryParameters;

/**
 * Story links as shuffles: which pairs of articles the embedded clusterer's decision rule joins.
 * <ol>
 *   <li>document frequencies of the vector terms ({@link StoryPairRule#documentTerms}) over the
 *       corpus; terms held by one article are left out of the broadcast map (their frequency is 1);</li>
 *   <li>blocking: each article's index terms ({@link StoryPairRule#indexTerms}: its highest TF-IDF
 *       terms and title words) are grouped by term; a term held by more than {@link #MAX_POSTINGS}
 *       articles finds nothing, as in the embedded index; pairs dated within the window are kept;</li>
 *   <li>each article keeps the {@link StoryParameters#candidates()} earlier articles with the most
 *       shared index terms, as the embedded clusterer scores only its best candidates;</li>
 *   <li>each kept pair is decided by {@link StoryPairRule#joins} (the later article against a story
 *       of the earlier one); an article keeps its best-scoring link, and any other only when it scores
 *       at least {@link StoryParameters#merge()}, the embedded clusterer's bar for an article to
 *       bridge two stories (its further test, the cosine of the two stories' centroids, has no
 *       pairwise form and is left out).</li>
 * </ol>
 */
final class StoryBlocking {

    /** The embedded clusterer's cap on posting lists: a term nearly every article has finds no story. */
    static final int MAX_POSTINGS = 300;

    private static final StructType TERM = new StructType().add("term", DataTypes.StringType);
    private static final StructType INDEXED = new StructType()
            .add("term", DataTypes.StringType).add("key", DataTypes.StringType).add("day", DataTypes.IntegerType);
    private static final StructType PAIR = new StructType()
            .add("earlier", DataTypes.StringType).add("later", DataTypes.StringType);
    private static final StructType SCORED = PAIR.add("score", DataTypes.DoubleType);

    private StoryBlocking() {
    }

    /** The joined pairs among {@code articles} (rows of {@link StoryInputs#SCHEMA}): columns earlier, later (keys). */
    static Dataset<Row> links(SparkSession spark, Dataset<Row> articles) {
        int windowDays = StoryParameters.standard().windowDays();
        int candidates = StoryParameters.standard().candidates();
        Broadcast<Map<String, Integer>> frequencies = documentFrequencies(spark, articles);
        int documents = (int) articles.count();

        Dataset<Row> indexed = spark.createDataFrame(articles.javaRDD().mapPartitions(rows -> {
            StoryPairRule rule = new StoryPairRule(StoryParameters.standard(), t -> frequencies.value().getOrDefault(t, 1), documents);
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                for (String term : rule.indexTerms(StoryInputs.article(r))) {
                    out.add(RowFactory.create(term, r.getString(r.fieldIndex("key")), r.get(r.fieldIndex("day"))));
                }
            }
            return out.iterator();
        }), INDEXED);

        Dataset<Row> postings = indexed.groupBy("term").agg(collect_list(struct("key", "day")).as("posting"))
                .where(size(col("posting")).gt(1).and(size(col("posting")).leq(MAX_POSTINGS)));
        Dataset<Row> shared = spark.createDataFrame(postings.javaRDD().flatMap(r -> {
            List<Row> posting = r.getList(r.fieldIndex("posting"));
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < posting.size(); i++) {
                for (int j = 0; j < posting.size(); j++) {
                    Row a = posting.get(i), b = posting.get(j);
                    if (a.getString(0).compareTo(b.getString(0)) < 0 && withinWindow(a.get(1), b.get(1), windowDays)) {
                        out.add(RowFactory.create(a.getString(0), b.getString(0)));
                    }
                }
            }
            return out.iterator();
        }), PAIR).groupBy("earlier", "later").agg(count("*").as("shared"));
        Dataset<Row> kept = shared.withColumn("rank", row_number().over(Window.partitionBy("later")
                        .orderBy(col("shared").desc(), col("earlier"))))
                .where(col("rank").leq(candidates)).select("earlier", "later");

        Dataset<Row> a = articles.toDF(prefixed("a_", articles.columns()));
        Dataset<Row> b = articles.toDF(prefixed("b_", articles.columns()));
        Dataset<Row> pairs = kept.join(a, kept.col("earlier").equalTo(a.col("a_key")))
                .join(b, kept.col("later").equalTo(b.col("b_key")));
        Dataset<Row> decided = spark.createDataFrame(pairs.javaRDD().mapPartitions(rows -> {
            StoryPairRule rule = new StoryPairRule(StoryParameters.standard(), t -> frequencies.value().getOrDefault(t, 1), documents);
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                StoryArticle earlier = StoryInputs.article(unprefixed(r, "a_"));
                StoryArticle later = StoryInputs.article(unprefixed(r, "b_"));
                java.util.OptionalDouble score = rule.joinScore(later, earlier);
                if (score.isPresent()) {
                    out.add(RowFactory.create(r.getString(r.fieldIndex("earlier")), r.getString(r.fieldIndex("later")),
                            score.getAsDouble()));
                }
            }
            return out.iterator();
        }), SCORED);
        // An article joins its best story; a second link merges two stories, which the embedded
        // clusterer allows only to an article that scores at least `merge` with both.
        double merge = StoryParameters.standard().merge();
        return decided.withColumn("rank", row_number().over(Window.partitionBy("later").orderBy(col("score").desc(), col("earlier"))))
                .where(col("rank").equalTo(1).or(col("score").geq(merge)))
                .select("earlier", "later");
    }

    private static Broadcast<Map<String, Integer>> documentFrequencies(SparkSession spark, Dataset<Row> articles) {
        Dataset<Row> terms = spark.createDataFrame(articles.javaRDD().flatMap(r -> {
            List<Row> out = new ArrayList<>();
            for (String t : StoryPairRule.documentTerms(StoryInputs.article(r), StoryParameters.standard())) {
                out.add(RowFactory.create(t));
            }
            return out.iterator();
        }), TERM);
        Map<String, Integer> df = new HashMap<>();
        for (Row r : terms.groupBy("term").agg(count("*").as("df")).where(col("df").gt(1)).collectAsList()) {
            df.put(r.getString(0), (int) r.getLong(1));
        }
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(df);
    }

    private static boolean withinWindow(Object a, Object b, int windowDays) {
        return a == null || b == null || Math.abs((Integer) a - (Integer) b) <= windowDays;
    }

    private static String[] prefixed(String prefix, String[] columns) {
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = prefix + columns[i];
        }
        return out;
    }

    /** The fields of {@code r} whose names start with {@code prefix}, as a row of {@link StoryInputs#SCHEMA}. */
    private static Row unprefixed(Row r, String prefix) {
        Object[] values = new Object[StoryInputs.SCHEMA.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.get(r.fieldIndex(prefix + StoryInputs.SCHEMA.fields()[i].name()));
        }
        return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, StoryInputs.SCHEMA);
    }
}

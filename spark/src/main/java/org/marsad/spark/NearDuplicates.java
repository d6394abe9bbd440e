package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.marsad.dedup.DedupParameters;
import org.marsad.dedup.MatchTerms;
import org.marsad.dedup.MinHasher;

/**
 * Exact and near duplicates as shuffles, never all pairs: the {@link MinHasher} signature of each
 * article's {@link MatchTerms} (body, or title when the body has none, as the embedded clusterer
 * compares them), cut into {@link DedupParameters#bands()} bands; articles are grouped by (band,
 * the band's values), each group gives its pairs, and a pair is kept when its estimated Jaccard is
 * at least the threshold or its terms are equal (exact). The same parameters as the embedded
 * {@code DuplicateDetector}, so the same pairs are candidates.
 */
final class NearDuplicates {

    /**
     * A band shared by more articles than this gives no pairs: the same guard against a quadratic
     * blow-up that the embedded index has for common terms (such groups are boilerplate-only texts).
     */
    static final int MAX_BUCKET = 1000;

    private static final StructType SIGNED = new StructType()
            .add("id", DataTypes.StringType).add("key", DataTypes.StringType).add("day", DataTypes.IntegerType)
            .add("outlet", DataTypes.StringType).add("exact", DataTypes.StringType)
            .add("sig", DataTypes.createArrayType(DataTypes.LongType, false));
    private static final StructType BANDED = new StructType()
            .add("band", DataTypes.IntegerType).add("rows", DataTypes.createArrayType(DataTypes.LongType, false))
            .add("key", DataTypes.StringType);
    private static final StructType PAIR = new StructType()
            .add("earlier", DataTypes.StringType).add("later", DataTypes.StringType);

    private NearDuplicates() {
    }

    /**
     * The duplicate pairs among {@code articles} (rows of {@link StoryInputs#SCHEMA}) dated within
     * {@code windowDays} of each other: columns {@code earlier}, {@code later} (article keys),
     * {@code id}, {@code original} (the later and earlier ids), {@code exact}, {@code similarity},
     * {@code wire_copy} (different outlets).
     */
    static Dataset<Row> pairs(SparkSession spark, Dataset<Row> articles, DedupParameters p, int windowDays) {
        // the closures below travel to executors: they capture numbers, not the (unserializable) parameters
        int shingleWords = p.shingleWords(), hashCount = p.hashCount(), bands = p.bands(), rowsPerBand = p.rows();
        long seed = p.seed();
        double threshold = p.threshold();
        Dataset<Row> signed = spark.createDataFrame(articles.javaRDD().mapPartitions(rows -> {
            MinHasher hasher = new MinHasher(shingleWords, hashCount, seed);
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                String[] terms = MatchTerms.of(r.getString(r.fieldIndex("text")));
                if (terms.length == 0 && r.getString(r.fieldIndex("title")) != null) {
                    terms = MatchTerms.of(r.getString(r.fieldIndex("title")));
                }
                long[] sig = hasher.signature(terms);
                out.add(RowFactory.create(r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("key")),
                        r.get(r.fieldIndex("day")), r.getString(r.fieldIndex("outlet")), digest(String.join(" ", terms)),
                        Arrays.stream(sig).boxed().toArray(Long[]::new)));
            }
            return out.iterator();
        }), SIGNED).cache();

        Dataset<Row> banded = spark.createDataFrame(signed.javaRDD().flatMap(r -> {
            List<Long> sig = r.getList(r.fieldIndex("sig"));
            List<Row> out = new ArrayList<>(bands);
            for (int b = 0; b < bands; b++) {
                out.add(RowFactory.create(b, sig.subList(b * rowsPerBand, (b + 1) * rowsPerBand).toArray(new Long[0]), r.getString(1)));
            }
            return out.iterator();
        }), BANDED);
        Dataset<Row> buckets = banded.groupBy("band", "rows").agg(collect_list("key").as("keys"))
                .where(size(col("keys")).gt(1).and(size(col("keys")).leq(MAX_BUCKET)));
        Dataset<Row> candidates = spark.createDataFrame(buckets.javaRDD().flatMap(r -> pairsOf(r.getList(r.fieldIndex("keys"))).iterator()), PAIR)
                .distinct();

        Dataset<Row> a = signed.toDF("a_id", "earlier", "a_day", "a_outlet", "a_exact", "a_sig");
        Dataset<Row> b = signed.toDF("b_id", "later", "b_day", "b_outlet", "b_exact", "b_sig");
        Dataset<Row> joined = candidates.join(a, "earlier").join(b, "later");
        StructType verified = new StructType().add("earlier", DataTypes.StringType).add("later", DataTypes.StringType)
                .add("id", DataTypes.StringType).add("original", DataTypes.StringType).add("exact", DataTypes.BooleanType)
                .add("similarity", DataTypes.DoubleType).add("wire_copy", DataTypes.BooleanType);
        return spark.createDataFrame(joined.javaRDD().flatMap(r -> {
            Integer dayA = (Integer) r.get(r.fieldIndex("a_day"));
            Integer dayB = (Integer) r.get(r.fieldIndex("b_day"));
            if (dayA != null && dayB != null && Math.abs(dayA - dayB) > windowDays) {
                return List.<Row>of().iterator();
            }
            boolean exact = r.getString(r.fieldIndex("a_exact")).equals(r.getString(r.fieldIndex("b_exact")));
            double similarity = exact ? 1.0 : MinHasher.similarity(longs(r.getList(r.fieldIndex("a_sig"))), longs(r.getList(r.fieldIndex("b_sig"))));
            if (!exact && similarity < threshold) {
                return List.<Row>of().iterator();
            }
            String outletA = r.getString(r.fieldIndex("a_outlet"));
            String outletB = r.getString(r.fieldIndex("b_outlet"));
            boolean wire = outletA != null && outletB != null && !outletA.equals(outletB);
            return List.of(RowFactory.create(r.getString(r.fieldIndex("earlier")), r.getString(r.fieldIndex("later")),
                    r.getString(r.fieldIndex("b_id")), r.getString(r.fieldIndex("a_id")), exact, similarity, wire)).iterator();
        }), verified);
    }

    /** For each article that repeats an earlier one, the best such: exact first, then most similar, then earliest. */
    static Dataset<Row> best(Dataset<Row> pairs) {
        return pairs.withColumn("rank", row_number().over(Window.partitionBy("later")
                        .orderBy(col("exact").desc(), col("similarity").desc(), col("earlier"))))
                .where(col("rank").equalTo(1))
                .select("id", "original", "exact", "similarity", "wire_copy");
    }

    /** Every pair of a bucket, the lesser key first. */
    static List<Row> pairsOf(List<String> keys) {
        String[] sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            for (int j = i + 1; j < sorted.length; j++) {
                if (!sorted[i].equals(sorted[j])) {
                    out.add(RowFactory.create(sorted[i], sorted[j]));
                }
            }
        }
        return out;
    }

    private static long[] longs(List<Long> values) {
        long[] out = new long[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** A digest of a text's terms: equal digests are equal texts (SHA-256, first 16 bytes). */
    private static String digest(String terms) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(terms.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

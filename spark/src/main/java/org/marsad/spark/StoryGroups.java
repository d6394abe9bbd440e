package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.marsad.story.StoryArticle;
import org.marsad.story.StoryClusterer;
import org.marsad.story.StoryPairRule;
import org.marsad.story.StoryParameters;

import scala.Tuple2;

/**
 * Stories as the embedded clusterer makes them, without an all-pairs step: blocking cuts the corpus
 * into groups no story can cross, and the embedded {@link StoryClusterer} itself runs on each group
 * (one group per task, canonical order, one batch, the corpus's document frequencies), so the
 * decision rule, centroids, duplicate joins, merges and title factor are literally the same code.
 *
 * <p>Why the groups are independent: the embedded clusterer only ever scores an article against the
 * stories of the articles it finds through its inverted index (an earlier article indexed one of its
 * {@link StoryPairRule#lookupTerms lookup terms}, within the window, while that term's posting list
 * held at most {@link #MAX_POSTINGS} articles) or as a near duplicate within the window. These are
 * the edges of the candidate graph; a story only grows along them, so every story lies within one
 * connected component. The steps:
 * <ol>
 *   <li>document frequencies of the vector terms ({@link StoryPairRule#documentTerms}), a shuffle;</li>
 *   <li>every article gets its rank in canonical order (date, undated last, then id: the embedded
 *       order), and emits its index and lookup terms;</li>
 *   <li>per term, in rank order: an article looking the term up is linked with the earlier articles
 *       that indexed it within the window, as long as fewer than {@link #MAX_POSTINGS} + 1 indexed it
 *       before (the embedded cap, which counts as the corpus grows). Those earlier articles are a run
 *       of the term's posting list, so the run is linked as a chain, not all pairs, and the article
 *       to its last member: the same components with edges linear in the postings;</li>
 *   <li>near-duplicate pairs are edges too;</li>
 *   <li>connected components: union-find per partition reduces the edges to a spanning forest, and
 *       the forests are joined on the driver (one int per article);</li>
 *   <li>groups (or their slices, with their prefixes) are packed onto tasks, largest first onto the
 *       least loaded, and clustered.</li>
 * </ol>
 * <p>Those components are exact but not small: on a month of one country's news, common words chain
 * nearly every article into one group (SaudiNewsNet July: one group of 15,002 of 15,003 articles), and
 * one task then clusters the corpus, as the embedded clusterer would. Two optional cuts spread the
 * work at a measured cost in agreement (spark/README.md), both off by default: {@code blockRun}
 * leaves out, for one article, a term that more than that many earlier articles within the window
 * indexed (on that month a bound of 40 still left one group of 15,002); {@code maxGroup} cuts a
 * larger group into slices of consecutive canonical order (slices of time), each clustered apart
 * with a prefix of the latest articles of the slice before, and the slices' stories are stitched
 * by those prefix articles ({@link GroupSlices}, {@link #stitch}), so that a story spanning a cut
 * is mostly not cut.
 *
 * <p>Even with exact groups, what differs from one clusterer over the corpus: the posting cap counts only the group's
 * articles inside the group (a term held by more than {@link #MAX_POSTINGS} articles of the corpus
 * may still find candidates within a group), and weight ties between terms break by term ids, which
 * follow the order a clusterer meets terms in.
 */
final class StoryGroups {

    /** The embedded clusterer's cap on posting lists. */
    static final int MAX_POSTINGS = 300;

    private static final StructType TERM = new StructType().add("term", DataTypes.StringType);
    private static final StructType POSTED = new StructType()
            .add("term", DataTypes.StringType).add("rank", DataTypes.IntegerType).add("day", DataTypes.IntegerType)
            .add("indexes", DataTypes.BooleanType).add("looks", DataTypes.BooleanType);
    private static final int INDEXES = 1;
    private static final int LOOKS = 2;

    /** Articles as a story id (its key, as {@link StoryInputs#key}) per article id, and how the corpus was cut. */
    record Result(Dataset<Row> membership, int groups, int largestGroup) {
    }

    private StoryGroups() {
    }

    /**
     * @param articles   rows of {@link StoryInputs#SCHEMA}, one per id
     * @param duplicates near-duplicate pairs, columns {@code earlier}, {@code later} (keys)
     * @return membership: columns {@code id}, {@code component} (the key of the story's earliest article)
     */
    static Result stories(SparkSession spark, Dataset<Row> articles, Dataset<Row> duplicates, int partitions, int blockRun,
            int maxGroup, int overlapDays, int maxPrefix) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // StoryParameters is not Serializable: the closures below take StoryParameters.standard() where they run
        int windowDays = StoryParameters.standard().windowDays();
        int documents = (int) articles.count();
        Broadcast<Map<String, Integer>> frequencies = documentFrequencies(spark, articles);

        // rank = position in canonical order (keys sort as the embedded CANONICAL order)
        JavaPairRDD<Row, Long> ranked = articles.sort("key").javaRDD().zipWithIndex().cache();
        Dataset<Row> rankOfKey = spark.createDataFrame(ranked.map(t -> RowFactory.create(t._1().getString(t._1().fieldIndex("key")),
                t._2().intValue())), new StructType().add("key", DataTypes.StringType).add("rank", DataTypes.IntegerType));

        Dataset<Row> posted = spark.createDataFrame(ranked.mapPartitions(rows -> {
            StoryPairRule rule = new StoryPairRule(StoryParameters.standard(), t -> frequencies.value().getOrDefault(t, 1), documents);
            List<Row> out = new ArrayList<>();
            Map<String, Integer> roles = new HashMap<>();
            while (rows.hasNext()) {
                Tuple2<Row, Long> r = rows.next();
                StoryArticle a = StoryInputs.article(r._1());
                roles.clear();
                for (String t : rule.indexTerms(a)) {
                    roles.merge(t, INDEXES, (x, y) -> x | y);
                }
                for (String t : rule.lookupTerms(a)) {
                    roles.merge(t, LOOKS, (x, y) -> x | y);
                }
                Object day = r._1().get(r._1().fieldIndex("day"));
                for (Map.Entry<String, Integer> e : roles.entrySet()) {
                    out.add(RowFactory.create(e.getKey(), r._2().intValue(), day, (e.getValue() & INDEXES) != 0,
                            (e.getValue() & LOOKS) != 0));
                }
            }
            return out.iterator();
        }), POSTED);

        JavaRDD<int[]> termEdges = posted.groupBy("term").agg(collect_list(struct("rank", "day", "indexes", "looks")).as("p"))
                .javaRDD().flatMap(r -> termEdges(r.getList(1), windowDays, blockRun).iterator());
        Dataset<Row> dupRanks = duplicates.select("earlier", "later")
                .join(rankOfKey.toDF("earlier", "a"), "earlier").join(rankOfKey.toDF("later", "b"), "later");
        JavaRDD<int[]> dupEdges = dupRanks.javaRDD().map(r -> new int[] {r.getInt(r.fieldIndex("a")), r.getInt(r.fieldIndex("b"))});

        int[] component = components(termEdges.union(dupEdges), documents);
        GroupSlices units = GroupSlices.of(component, maxGroup < documents ? days(ranked, documents) : new int[documents],
                maxGroup, overlapDays, maxPrefix);
        int[] sizes = units.unitSizes();
        int groups = 0, largest = 0;
        for (int s : sizes) {
            groups += s > 0 ? 1 : 0;
            largest = Math.max(largest, s);
        }
        int[] taskOf = pack(sizes, partitions);
        Broadcast<GroupSlices> unitsOf = sc.broadcast(units);
        Broadcast<int[]> taskOfUnit = sc.broadcast(taskOf);

        JavaRDD<Row> clustered = ranked.flatMapToPair(t -> {
                    int rank = t._2().intValue();
                    GroupSlices u = unitsOf.value();
                    List<Tuple2<Integer, UnitMember>> out = new ArrayList<>(2);
                    out.add(new Tuple2<>(u.unitOf()[rank], new UnitMember(rank, t._1(), true)));
                    if (u.prefixFor()[rank] != GroupSlices.NONE) {
                        out.add(new Tuple2<>(u.prefixFor()[rank], new UnitMember(rank, t._1(), false)));
                    }
                    return out.iterator();
                })
                .partitionBy(new org.apache.spark.HashPartitioner(partitions) {
                    @Override
                    public int getPartition(Object key) {
                        return taskOfUnit.value()[(Integer) key];
                    }
                })
                .mapPartitions(rows -> {
                    Map<Integer, List<UnitMember>> byUnit = new HashMap<>();
                    while (rows.hasNext()) {
                        Tuple2<Integer, UnitMember> t = rows.next();
                        byUnit.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2());
                    }
                    List<Row> out = new ArrayList<>();
                    for (Map.Entry<Integer, List<UnitMember>> unit : byUnit.entrySet()) {
                        cluster(unit.getKey(), unit.getValue(), StoryParameters.standard(), frequencies.value(), documents, out);
                    }
                    return out.iterator();
                });
        JavaRDD<Row> membership;
        if (units.overlaps()) {
            clustered = clustered.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            Broadcast<Map<String, String>> stitched = sc.broadcast(stitch(clustered.filter(r -> !r.getBoolean(CLUSTERED_OWN)
                    || unitsOf.value().prefixFor()[r.getInt(CLUSTERED_RANK)] != GroupSlices.NONE).collect()));
            membership = clustered.filter(r -> r.getBoolean(CLUSTERED_OWN)).map(r -> {
                String local = r.getString(CLUSTERED_STORY);
                return RowFactory.create(r.getString(CLUSTERED_ID), stitched.value().getOrDefault(r.getInt(CLUSTERED_UNIT) + " " + local, local));
            });
        } else {
            membership = clustered.map(r -> RowFactory.create(r.getString(CLUSTERED_ID), r.getString(CLUSTERED_STORY)));
        }
        Dataset<Row> result = spark.createDataFrame(membership, new StructType()
                .add("id", DataTypes.StringType).add("component", DataTypes.StringType));
        return new Result(result, groups, largest);
    }

    /** One article of a unit of work: its rank, its story inputs, and whether the unit owns it (else it is a prefix article). */
    record UnitMember(int rank, Row row, boolean own) implements java.io.Serializable {
    }

    /** Columns of a clustered row: article id, rank, its story in the unit (key of the earliest member), unit, own. */
    private static final int CLUSTERED_ID = 0, CLUSTERED_RANK = 1, CLUSTERED_STORY = 2, CLUSTERED_UNIT = 3, CLUSTERED_OWN = 4;

    /**
     * Stories of later slices joined to the stories of the slice before, through the prefix articles
     * they share, slice by slice in canonical order: a story of a slice holding prefix articles takes
     * the (stitched) story that most of them belong to in their own slice (ties: the earliest), so
     * that a story running across a cut keeps one id, its earliest article's.
     *
     * @param rows clustered rows of prefix articles, in the unit they lead and in the unit that owns them
     * @return unit + " " + story in that unit, to the story it continues
     */
    static Map<String, String> stitch(List<Row> rows) {
        Map<Integer, String> ownStory = new HashMap<>();
        Map<Integer, Integer> ownUnit = new HashMap<>();
        java.util.TreeMap<Integer, List<Row>> ledByUnit = new java.util.TreeMap<>();
        for (Row r : rows) {
            if (r.getBoolean(CLUSTERED_OWN)) {
                ownStory.put(r.getInt(CLUSTERED_RANK), r.getString(CLUSTERED_STORY));
                ownUnit.put(r.getInt(CLUSTERED_RANK), r.getInt(CLUSTERED_UNIT));
            } else {
                ledByUnit.computeIfAbsent(r.getInt(CLUSTERED_UNIT), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, String> stitched = new HashMap<>();
        for (Map.Entry<Integer, List<Row>> unit : ledByUnit.entrySet()) {
            Map<String, Map<String, Integer>> votes = new HashMap<>();
            for (Row r : unit.getValue()) {
                int rank = r.getInt(CLUSTERED_RANK);
                String owner = ownStory.get(rank);
                String continued = stitched.getOrDefault(ownUnit.get(rank) + " " + owner, owner);
                votes.computeIfAbsent(r.getString(CLUSTERED_STORY), k -> new java.util.TreeMap<>()).merge(continued, 1, Integer::sum);
            }
            for (Map.Entry<String, Map<String, Integer>> story : votes.entrySet()) {
                String best = null;
                int most = 0;
                for (Map.Entry<String, Integer> v : story.getValue().entrySet()) {
                    if (v.getValue() > most) { // keys in canonical order: a tie keeps the earliest
                        best = v.getKey();
                        most = v.getValue();
                    }
                }
                stitched.put(unit.getKey() + " " + story.getKey(), best);
            }
        }
        return stitched;
    }

    /** Each article's epoch day by rank, {@link GroupSlices#UNDATED} when it has none (one int per article, on the driver). */
    private static int[] days(JavaPairRDD<Row, Long> ranked, int documents) {
        int[] day = new int[documents];
        for (Tuple2<Long, Integer> t : ranked.mapToPair(r -> {
            Row a = r._1();
            int i = a.fieldIndex("day");
            return new Tuple2<>(r._2(), a.isNullAt(i) ? GroupSlices.UNDATED : a.getInt(i));
        }).collect()) {
            day[t._1().intValue()] = t._2();
        }
        return day;
    }

    /**
     * The embedded clusterer on one unit, with the corpus's frequencies; rows of (id, rank, key of its
     * story's earliest member in the unit, unit, own), see {@link #CLUSTERED_ID}.
     */
    private static void cluster(int unit, List<UnitMember> members, StoryParameters parameters, Map<String, Integer> frequencies,
            int documents, List<Row> out) {
        StoryClusterer clusterer = StoryClusterer.withFrequencies(parameters, t -> frequencies.getOrDefault(t, 1), documents);
        List<StoryArticle> articles = new ArrayList<>(members.size());
        Map<String, UnitMember> byId = new HashMap<>();
        for (UnitMember m : members) {
            articles.add(StoryInputs.article(m.row()));
            byId.put(m.row().getString(m.row().fieldIndex("id")), m);
        }
        clusterer.add(articles);
        for (Map.Entry<String, String> e : clusterer.assignment().entrySet()) {
            UnitMember m = byId.get(e.getKey());
            Row earliest = byId.get(e.getValue()).row();
            out.add(RowFactory.create(e.getKey(), m.rank(), earliest.getString(earliest.fieldIndex("key")), unit, m.own()));
        }
    }

    /**
     * The candidate edges of one term's postings (rows of rank, day, indexes, looks), see the class
     * comment: each looker to the last earlier indexer it may find, and chains over the runs it finds;
     * nothing for a looker whose run is longer than {@code blockRun}.
     */
    static List<int[]> termEdges(List<Row> postings, int windowDays, int blockRun) {
        List<Row> sorted = new ArrayList<>(postings);
        sorted.sort((x, y) -> Integer.compare(x.getInt(0), y.getInt(0)));
        List<int[]> out = new ArrayList<>();
        int[] rank = new int[sorted.size()];
        Integer[] day = new Integer[sorted.size()];
        int indexed = 0;
        // chained[k] > 0: indexers k and k+1 are both found by one looker
        int[] chainStarts = new int[sorted.size() + 1];
        for (Row p : sorted) {
            int r = p.getInt(0);
            Integer d = p.isNullAt(1) ? null : p.getInt(1);
            if (p.getBoolean(3) && indexed > 0 && indexed <= MAX_POSTINGS) {
                // earlier indexers are in canonical order (dated by day, undated last), so those within
                // the window are a run ending at the last one
                int first = indexed - 1;
                while (first > 0 && withinWindow(d, day[first - 1], windowDays)) {
                    first--;
                }
                if (withinWindow(d, day[indexed - 1], windowDays) && indexed - first <= blockRun) {
                    out.add(new int[] {rank[indexed - 1], r});
                    chainStarts[first]++;
                    chainStarts[indexed - 1]--;
                }
            }
            if (p.getBoolean(2)) {
                rank[indexed] = r;
                day[indexed] = d;
                indexed++;
            }
        }
        int open = 0;
        for (int k = 0; k + 1 < indexed; k++) {
            open += chainStarts[k];
            if (open > 0) {
                out.add(new int[] {rank[k], rank[k + 1]});
            }
        }
        return out;
    }

    private static boolean withinWindow(Integer a, Integer b, int windowDays) {
        return a == null || b == null || Math.abs(a - b) <= windowDays;
    }

    /** Component of each vertex (its least vertex): union-find per partition, then of the partitions' forests on the driver. */
    private static int[] components(JavaRDD<int[]> edges, int vertices) {
        List<int[]> forest = edges.mapPartitions(part -> {
            Map<Integer, Integer> parent = new HashMap<>();
            while (part.hasNext()) {
                int[] e = part.next();
                int a = find(parent, e[0]), b = find(parent, e[1]);
                if (a != b) {
                    parent.put(Math.max(a, b), Math.min(a, b));
                }
            }
            List<int[]> out = new ArrayList<>(parent.size());
            for (Map.Entry<Integer, Integer> e : parent.entrySet()) {
                out.add(new int[] {e.getKey(), e.getValue()});
            }
            return out.iterator();
        }).collect();
        int[] parent = new int[vertices];
        for (int v = 0; v < vertices; v++) {
            parent[v] = v;
        }
        for (int[] e : forest) {
            int a = root(parent, e[0]), b = root(parent, e[1]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] out = new int[vertices];
        for (int v = 0; v < vertices; v++) {
            out[v] = root(parent, v);
        }
        return out;
    }

    private static int find(Map<Integer, Integer> parent, int v) {
        Integer p = parent.get(v);
        while (p != null) {
            v = p;
            p = parent.get(v);
        }
        return v;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /**
     * Cuts a component larger than {@code maxGroup} into slices of consecutive ranks (canonical order,
     * so slices of time) of at most {@code maxGroup} articles, each its own group; a story that spans
     * two slices is cut in two. Groups are named by their least rank, as components are.
     */
    static int[] slices(int[] component, int maxGroup) {
        int[] seen = new int[component.length];
        int[] sliceOf = new int[component.length];
        int[] out = new int[component.length];
        for (int v = 0; v < component.length; v++) {
            int c = component[v];
            if (seen[c] % maxGroup == 0) {
                sliceOf[c] = v; // v opens a new slice of its component
            }
            seen[c]++;
            out[v] = sliceOf[c];
        }
        return out;
    }

    /** A task per component: the largest first, each onto the least loaded task (by articles). */
    static int[] pack(int[] sizes, int tasks) {
        Integer[] order = new Integer[sizes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(sizes[y], sizes[x]));
        long[] load = new long[tasks];
        int[] taskOf = new int[sizes.length];
        for (int c : order) {
            if (sizes[c] == 0) {
                break;
            }
            int least = 0;
            for (int t = 1; t < tasks; t++) {
                if (load[t] < load[least]) {
                    least = t;
                }
            }
            taskOf[c] = least;
            load[least] += sizes[c];
        }
        return taskOf;
    }

    static Broadcast<Map<String, Integer>> documentFrequencies(SparkSession spark, Dataset<Row> articles) {
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
}

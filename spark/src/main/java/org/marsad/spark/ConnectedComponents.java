package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph by min-label propagation: every vertex starts with
 * its own label and takes the least label among itself and its neighbours until nothing changes;
 * each component ends labelled with its least vertex. Rounds are bounded by the longest shortest
 * path in a component; a graph that does not settle within {@link #MAX_ROUNDS} is an error, not a
 * silent partial answer.
 */
final class ConnectedComponents {

    static final int MAX_ROUNDS = 100;

    private ConnectedComponents() {
    }

    /**
     * @param vertices one column, {@code v}
     * @param edges    columns {@code a}, {@code b}: an undirected edge
     * @return columns {@code v}, {@code component} (the least vertex of its component)
     */
    static Dataset<Row> of(Dataset<Row> vertices, Dataset<Row> edges) {
        Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst"))).distinct().cache();
        Dataset<Row> labels = vertices.select(col("v"), col("v").as("component")).localCheckpoint();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Dataset<Row> offered = both.join(labels, both.col("dst").equalTo(labels.col("v")))
                    .select(both.col("src").as("v"), labels.col("component"));
            Dataset<Row> next = labels.union(offered).groupBy("v").agg(min("component").as("component")).localCheckpoint();
            long changed = next.join(labels.withColumnRenamed("component", "before"), "v")
                    .where(col("component").notEqual(col("before"))).count();
            labels = next;
            if (changed == 0) {
                both.unpersist();
                return labels;
            }
        }
        throw new IllegalStateException("connected components did not settle in " + MAX_ROUNDS + " rounds");
    }
}

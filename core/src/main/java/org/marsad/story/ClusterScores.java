package org.marsad.story;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores of a clustering against gold labels, over the items both hold.
 * <ul>
 *   <li>B-cubed: per item, precision = share of its predicted cluster that shares its gold label,
 *       recall = share of its gold cluster that shares its predicted cluster (the item itself
 *       included), averaged over items; singletons count, which lifts B-cubed on sparse sets;</li>
 *   <li>pairwise: over all pairs of items, a pair is predicted when both are in one predicted
 *       cluster and true when both share the gold label.</li>
 * </ul>
 *
 * @param n         items scored
 * @param precision B-cubed precision
 * @param recall    B-cubed recall
 * @param f1        B-cubed F1
 * @param pairPrecision pairwise precision (1 when no pair is predicted)
 * @param pairRecall    pairwise recall (1 when no pair is true)
 * @param pairF1        pairwise F1
 */
public record ClusterScores(int n, double precision, double recall, double f1,
                            double pairPrecision, double pairRecall, double pairF1) {

    /** Scores {@code predicted} (item to cluster) against {@code gold} (item to label). */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            n++;
            goldSize.merge(e.getValue(), 1, Integer::sum);
            predSize.merge(p, 1, Integer::sum);
            both.merge(e.getValue() + "\u0000" + p, 1, Integer::sum);
        }
        double bp = 0, br = 0;
        long truePairs = 0, predPairs = 0, goodPairs = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            int common = both.get(e.getValue() + "\u0000" + p);
            bp += (double) common / predSize.get(p);
            br += (double) common / goldSize.get(e.getValue());
        }
        for (int s : goldSize.values()) {
            truePairs += (long) s * (s - 1) / 2;
        }
        for (int s : predSize.values()) {
            predPairs += (long) s * (s - 1) / 2;
        }
        for (int s : both.values()) {
            goodPairs += (long) s * (s - 1) / 2;
        }
        double precision = n == 0 ? 0 : bp / n;
        double recall = n == 0 ? 0 : br / n;
        double pp = predPairs == 0 ? 1 : (double) goodPairs / predPairs;
        double pr = truePairs == 0 ? 1 : (double) goodPairs / truePairs;
        return new ClusterScores(n, precision, recall, f1(precision, recall), pp, pr, f1(pp, pr));
    }

    /**
     * Scores {@code predicted} against {@code gold} counting only items of one group together: each
     * item's predicted cluster is cut to the members of its own group, so a pair of items from two
     * groups counts neither as predicted nor as true. For gold labels made in separate sets (label
     * files read by different readers, each labelling its own articles), where a story told in two
     * sets carries two labels: scored as one set, every right join across two sets would count wrong.
     * The clustering itself still sees all items, so the other sets' articles remain its distractors.
     *
     * @param groupOf the group of an item (the label set its gold label comes from)
     */
    public static ClusterScores ofWithin(Map<String, String> gold, Map<String, String> predicted, Function<String, String> groupOf) {
        Map<String, String> cut = new HashMap<>();
        predicted.forEach((item, cluster) -> cut.put(item, groupOf.apply(item) + "\u0000" + cluster));
        return of(gold, cut);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

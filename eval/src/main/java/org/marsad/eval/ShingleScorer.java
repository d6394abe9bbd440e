package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric, as its published evaluation computes it, so that our
 * figures stand beside the published ones:
 * <ul>
 *   <li>tokens are runs of letters, digits and underscores (Python's {@code \w+}: marks split words);</li>
 *   <li>shingles are the 4-grams of tokens, counted with repeats; a text of fewer than four tokens
 *       is one shingle, an empty text none;</li>
 *   <li>per page, TP = shared shingle occurrences, FP = extracted only, FN = gold only;</li>
 *   <li>precision is the mean of the pages' precisions over the pages where something was
 *       extracted (TP + FP &gt; 0), recall the mean of their recalls over the pages with gold
 *       text (TP + FN &gt; 0); a page whose FP and FN are both 0 scores 1; F1 comes from the two means.</li>
 * </ul>
 */
public final class ShingleScorer {

    static final int N = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;
    private int pages;

    /** Adds one page; returns its precision and recall (NaN where the page has none). */
    public double[] add(String gold, String extracted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> e = shingles(extracted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> s : e.entrySet()) {
            int inGold = g.getOrDefault(s.getKey(), 0);
            tp += Math.min(inGold, s.getValue());
            fp += Math.max(0, s.getValue() - inGold);
        }
        for (Map.Entry<String, Integer> s : g.entrySet()) {
            fn += Math.max(0, s.getValue() - e.getOrDefault(s.getKey(), 0));
        }
        pages++;
        double precision = Double.NaN;
        double recall = Double.NaN;
        if (tp + fp > 0) {
            precision = fp == 0 && fn == 0 ? 1 : (double) tp / (tp + fp);
            precisionSum += precision;
            precisionPages++;
        }
        if (tp + fn > 0) {
            recall = fp == 0 && fn == 0 ? 1 : (double) tp / (tp + fn);
            recallSum += recall;
            recallPages++;
        }
        return new double[] {precision, recall};
    }

    public Score score() {
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        return new Score(p, r, pages);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1) && !tokens.isEmpty(); i++) {
            out.merge(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return out;
    }
}

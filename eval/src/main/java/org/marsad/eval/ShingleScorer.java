package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: per page, the 4-gram shingles of {@code \w+} tokens of
 * the gold and the extracted text; TP = shingles in both, FP = extracted only, FN = gold only
 * (each counted once); the three divided by their sum so every page weighs the same. Precision and
 * recall come from the page-averaged counts, F1 from those.
 */
public final class ShingleScorer {

    static final int N = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double tp;
    private double fp;
    private double fn;
    private int pages;

    /** Adds one page. */
    public void add(String gold, String extracted) {
        Map<String, Boolean> g = shingles(gold);
        Map<String, Boolean> e = shingles(extracted);
        int both = 0;
        for (String s : e.keySet()) {
            if (g.containsKey(s)) {
                both++;
            }
        }
        int onlyExtracted = e.size() - both;
        int onlyGold = g.size() - both;
        int sum = both + onlyExtracted + onlyGold;
        pages++;
        if (sum == 0) {
            tp += 1; // nothing to find and nothing found
            return;
        }
        tp += (double) both / sum;
        fp += (double) onlyExtracted / sum;
        fn += (double) onlyGold / sum;
    }

    public Score score() {
        double p = tp + fp == 0 ? 0 : tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (tp + fn);
        return new Score(p, r, pages);
    }

    static Map<String, Boolean> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Boolean> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.put(String.join(" ", tokens), true);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.put(String.join(" ", tokens.subList(i, i + N)), true);
        }
        return out;
    }
}

package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The trafilatura-eval metric: per page, each "with" snippet found in the extracted text is a true
 * positive (else a false negative), each "without" snippet found is a false positive (else a true
 * negative); counts summed over pages. Whitespace is collapsed on both sides before matching.
 */
public final class SnippetScorer {

    private long tp;
    private long fp;
    private long fn;
    private long tn;
    private int pages;

    /** Adds one page; returns the snippets it got wrong: {missed "with" snippets, found "without" snippets}. */
    public List<List<String>> add(String extracted, Iterable<String> with, Iterable<String> without) {
        String text = collapse(extracted);
        List<String> missed = new ArrayList<>();
        List<String> unwanted = new ArrayList<>();
        for (String s : with) {
            if (text.contains(collapse(s))) {
                tp++;
            } else {
                fn++;
                missed.add(s);
            }
        }
        for (String s : without) {
            if (text.contains(collapse(s))) {
                fp++;
                unwanted.add(s);
            } else {
                tn++;
            }
        }
        pages++;
        return List.of(missed, unwanted);
    }

    public Score score() {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Score(p, r, pages);
    }

    public double accuracy() {
        long all = tp + fp + fn + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

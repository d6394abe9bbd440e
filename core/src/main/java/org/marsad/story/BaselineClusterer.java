package org.marsad.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.dedup.MatchTerms;

/**
 * The naive baseline that story clustering is measured against: TF-IDF cosine between articles
 * (title and body as one bag of terms, same terms and stop words as {@link StoryClusterer}, IDF
 * over the whole set), single link at one global threshold, no time. Pairs are found through an
 * inverted index, then joined by union-find; the answer does not depend on input order.
 */
public final class BaselineClusterer {

    /** The default threshold, fixed before measuring (not tuned on any evaluation set). */
    public static final double THRESHOLD = 0.5;

    private BaselineClusterer() {
    }

    /** Article id to cluster id (the smallest article id of the cluster). */
    public static Map<String, String> cluster(List<StoryArticle> articles, double threshold) {
        List<StoryArticle> sorted = new ArrayList<>(articles);
        sorted.sort(StoryClusterer.CANONICAL);
        Vocabulary vocabulary = new Vocabulary();
        List<TermVector> vectors = new ArrayList<>();
        for (StoryArticle a : sorted) {
            String[] terms = MatchTerms.of((a.title() == null ? "" : a.title() + "\n") + a.text());
            TermVector v = ArticleTerms.unigrams(vocabulary, terms);
            vocabulary.addDocument(v.terms);
            vectors.add(v);
        }
        Map<Integer, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int t : vectors.get(i).terms) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < vectors.size(); i++) {
            TermVector v = vectors.get(i);
            // candidates: articles sharing one of the article's 20 rarest-weighted terms
            java.util.BitSet candidates = new java.util.BitSet();
            for (int t : v.top(20, vocabulary)) {
                for (int j : index.get(v.terms[t])) {
                    if (j > i) {
                        candidates.set(j);
                    }
                }
            }
            for (int j = candidates.nextSetBit(0); j >= 0; j = candidates.nextSetBit(j + 1)) {
                if (v.cosine(vectors.get(j), vocabulary) >= threshold) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            names.putIfAbsent(root(parent, i), sorted.get(i).id());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.put(sorted.get(i).id(), names.get(root(parent, i)));
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

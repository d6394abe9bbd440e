package org.marsad.story;

import java.util.Arrays;

/**
 * A sparse vector of term weights: term ids ascending, each with a raw weight (log term frequency,
 * or a sum of such for a story). TF-IDF is applied at comparison time with the current document
 * frequencies, so vectors stay valid as the vocabulary grows. Immutable.
 */
final class TermVector {

    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    final int[] terms;
    final float[] weights;

    TermVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    int size() {
        return terms.length;
    }

    /** From parallel arrays of (possibly repeated, unordered) term ids and counts. */
    static TermVector ofCounts(int[] ids, float[] counts, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] terms = new int[n];
        float[] weights = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int term = (int) (packed[i] >>> 32);
            float count = counts[(int) packed[i]];
            if (m > 0 && terms[m - 1] == term) {
                weights[m - 1] += count;
            } else {
                terms[m] = term;
                weights[m++] = count;
            }
        }
        // sublinear term frequency, 1 + ln(count); a term counted less than once (only in the items
        // an article appends, at StoryParameters.asideWeight) keeps its count, which meets the
        // logarithm at 1 and stays positive where 1 + ln(count) would turn negative below 1/e
        for (int i = 0; i < m; i++) {
            weights[i] = weights[i] >= 1 ? (float) (1 + Math.log(weights[i])) : weights[i];
        }
        return new TermVector(Arrays.copyOf(terms, m), Arrays.copyOf(weights, m));
    }

    /** This vector plus {@code other} scaled by {@code scale}. */
    TermVector plus(TermVector other, double scale) {
        int[] t = new int[terms.length + other.terms.length];
        float[] w = new float[t.length];
        int i = 0, j = 0, m = 0;
        while (i < terms.length || j < other.terms.length) {
            if (j == other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
                t[m] = terms[i];
                w[m++] = weights[i++];
            } else if (i == terms.length || other.terms[j] < terms[i]) {
                t[m] = other.terms[j];
                w[m++] = (float) (other.weights[j++] * scale);
            } else {
                t[m] = terms[i];
                w[m++] = (float) (weights[i++] + other.weights[j++] * scale);
            }
        }
        return new TermVector(Arrays.copyOf(t, m), Arrays.copyOf(w, m));
    }

    /** The Euclidean length of the raw weights. */
    double rawNorm() {
        double s = 0;
        for (float w : weights) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** The Euclidean length of the TF-IDF weights. */
    double norm(Vocabulary vocabulary) {
        double s = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = weights[i] * vocabulary.idf(terms[i]);
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** The TF-IDF dot product (idf squared on shared terms). */
    double dot(TermVector other, Vocabulary vocabulary) {
        double s = 0;
        int i = 0, j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] < other.terms[j]) {
                i++;
            } else if (terms[i] > other.terms[j]) {
                j++;
            } else {
                double idf = vocabulary.idf(terms[i]);
                s += weights[i++] * other.weights[j++] * idf * idf;
            }
        }
        return s;
    }

    /** TF-IDF cosine. */
    double cosine(TermVector other, Vocabulary vocabulary) {
        double n = norm(vocabulary) * other.norm(vocabulary);
        return n == 0 ? 0 : dot(other, vocabulary) / n;
    }

    /**
     * Indices (into {@link #terms}) of the {@code k} highest TF-IDF weights, highest first, ties by
     * term id. Called for every article the clusterer places, so it sorts primitives, and only the
     * chosen: the weights are sorted once to find the k-th highest, the indices above it (and enough
     * of those equal to it, in term id order) are packed under the rank of their weight among the
     * distinct weights (rank 0 the highest), and the packed longs sort by weight, then by index.
     */
    int[] top(int k, Vocabulary vocabulary) {
        int n = terms.length;
        int m = Math.min(k, n);
        if (m <= 0) {
            return new int[0];
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weights[i] * vocabulary.idf(terms[i]);
        }
        double[] ascending = w.clone();
        Arrays.sort(ascending);
        double threshold = ascending[n - m];
        int equalTaken = m - (n - 1 - lastIndexOf(ascending, threshold));
        long[] packed = new long[m];
        int c = 0;
        for (int i = 0; i < n && c < m; i++) {
            if (w[i] > threshold || (w[i] == threshold && equalTaken-- > 0)) {
                long rankFromTop = n - 1 - lastIndexOf(ascending, w[i]);
                packed[c++] = rankFromTop << 32 | i;
            }
        }
        Arrays.sort(packed);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    /** The last position of {@code value} in a sorted array that holds it: equal weights share one rank. */
    private static int lastIndexOf(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

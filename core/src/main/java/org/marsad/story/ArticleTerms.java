package org.marsad.story;

/**
 * The term vector of an article: its {@link org.marsad.dedup.MatchTerms} without stop words, plus
 * the word pairs (bigrams) of consecutive content words, which keep the phrases that retellings of
 * one event share ("زياره رسميه", "يزور روسيا") and tell apart stories made of the same words
 * (a visit to Moscow from a visit to Pyongyang). Title terms count
 * {@link StoryParameters#titleWeight()} times, bigrams {@link StoryParameters#bigramWeight()}, the
 * terms of the news items a round-up appends {@link StoryParameters#asideWeight()} ({@link NewsItems}).
 */
final class ArticleTerms {

    private ArticleTerms() {
    }

    /**
     * The vector of an article from its title terms, the terms of the news item its headline names
     * and those of its other items ({@link NewsItems}, counted {@link StoryParameters#asideWeight()}),
     * all already folded ({@link Vocabulary#foldedAll}).
     */
    static TermVector vector(Vocabulary vocabulary, String[] foldedTitle, String[] foldedBody, String[] foldedAside,
                             StoryParameters p) {
        int capacity = 2 * (foldedTitle.length + foldedBody.length + foldedAside.length);
        int[] ids = new int[capacity];
        float[] counts = new float[capacity];
        int n = add(vocabulary, foldedTitle, (float) p.titleWeight(), (float) (p.titleWeight() * p.bigramWeight()), ids, counts, 0);
        n = add(vocabulary, foldedBody, 1, (float) p.bigramWeight(), ids, counts, n);
        if (p.asideWeight() > 0) {
            n = add(vocabulary, foldedAside, (float) p.asideWeight(), (float) (p.asideWeight() * p.bigramWeight()), ids, counts, n);
        }
        return TermVector.ofCounts(ids, counts, n);
    }

    private static int add(Vocabulary vocabulary, String[] folded, float weight, float bigramWeight,
                           int[] ids, float[] counts, int n) {
        int previous = -1;
        for (String t : folded) {
            int id = vocabulary.idOfFolded(t);
            if (id < 0) {
                previous = -1;
                continue;
            }
            ids[n] = id;
            counts[n++] = weight;
            if (previous >= 0 && bigramWeight > 0) {
                ids[n] = vocabulary.pair(previous, id);
                counts[n++] = bigramWeight;
            }
            previous = id;
        }
        return n;
    }

    /** The counts of {@code terms}, single words only, one per occurrence (stop words out). */
    static TermVector unigrams(Vocabulary vocabulary, String[] terms) {
        int[] ids = new int[terms.length];
        float[] counts = new float[terms.length];
        return TermVector.ofCounts(ids, counts, add(vocabulary, vocabulary.foldedAll(terms), 1, 0, ids, counts, 0));
    }

    /**
     * Like {@link #unigrams}, over terms the vocabulary already holds only (others are left out):
     * it adds nothing, so threads may share the vocabulary (see {@link Vocabulary#known}).
     */
    static TermVector knownUnigrams(Vocabulary vocabulary, String[] terms) {
        int[] ids = new int[terms.length];
        float[] counts = new float[terms.length];
        int n = 0;
        for (String t : terms) {
            int id = vocabulary.known(t);
            if (id >= 0) {
                ids[n] = id;
                counts[n++] = 1;
            }
        }
        return TermVector.ofCounts(ids, counts, n);
    }

    /** The distinct term ids of terms already folded ({@link Vocabulary#foldedAll}; stop words, null, out), ascending. */
    static int[] distinctIds(Vocabulary vocabulary, String[] folded) {
        return java.util.Arrays.stream(folded).mapToInt(vocabulary::idOfFolded).filter(id -> id >= 0).distinct().sorted().toArray();
    }
}

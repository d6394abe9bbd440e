package org.marsad.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The decision rule of {@link StoryClusterer} for one pair of articles, for engines that cluster by
 * blocking, pairwise decisions and connected components instead of the online pass (the Spark job).
 * {@link #joins} asks whether an article would join a story made of one earlier article: the same
 * {@code score} (TF-IDF cosine with the title factor, entity overlap, time factor) and the same join
 * threshold (including the lower one for an undated article that names a day of the story), over
 * document frequencies counted on the whole corpus by the caller.
 *
 * <p>The terms a caller counts and blocks on come from here too ({@link #documentTerms},
 * {@link #indexTerms}), so that the engine never re-implements the term vector. Not thread-safe
 * (term ids are assigned as articles are seen): one per task.
 */
public final class StoryPairRule {

    private final StoryParameters parameters;
    private final Vocabulary vocabulary;
    private final StoryClusterer clusterer;

    /**
     * @param frequencies the number of articles holding a term (as given by {@link #documentTerms});
     *                    at least 1 for any term of an article scored here
     * @param documents   the number of articles counted
     */
    public StoryPairRule(StoryParameters parameters, ToIntFunction<String> frequencies, int documents) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.vocabulary = Vocabulary.withFrequencies(frequencies, documents, parameters.eventLexicon());
        this.clusterer = new StoryClusterer(parameters, vocabulary);
    }

    /** The distinct terms of an article's vector (words and word pairs, stop words out): what a document frequency counts. */
    public static List<String> documentTerms(StoryArticle article, StoryParameters parameters) {
        StoryPairRule counting = new StoryPairRule(parameters, term -> 1, 1);
        StoryClusterer.Entry e = counting.clusterer.vectorize(article);
        List<String> out = new ArrayList<>(e.vector.terms.length);
        for (int t : e.vector.terms) {
            out.add(counting.vocabulary.term(t));
        }
        return out;
    }

    /**
     * The terms an article is found by: its {@link StoryParameters#indexTerms()} highest TF-IDF
     * terms and its title words, as the embedded clusterer indexes it.
     */
    public List<String> indexTerms(StoryArticle article) {
        StoryClusterer.Entry e = clusterer.vectorize(article);
        Set<String> out = new LinkedHashSet<>();
        for (int t : e.vector.top(parameters.indexTerms(), vocabulary)) {
            out.add(vocabulary.term(e.vector.terms[t]));
        }
        for (int t : e.titleTerms) {
            out.add(vocabulary.term(t));
        }
        return new ArrayList<>(out);
    }

    /**
     * The terms an article looks up to find candidate stories in the embedded clusterer: its
     * highest TF-IDF terms, more of them than it indexes (see {@link StoryClusterer}).
     */
    public List<String> lookupTerms(StoryArticle article) {
        StoryClusterer.Entry e = clusterer.vectorize(article);
        List<String> out = new ArrayList<>();
        for (int t : e.vector.top(StoryClusterer.LOOKUP_TERMS, vocabulary)) {
            out.add(vocabulary.term(e.vector.terms[t]));
        }
        return out;
    }

    /** The score of {@code article} against a story made of {@code earlier} alone. */
    public double score(StoryArticle article, StoryArticle earlier) {
        return clusterer.score(clusterer.vectorize(article), storyOf(earlier));
    }

    /** Whether {@code article} would join a story made of {@code earlier} alone. */
    public boolean joins(StoryArticle article, StoryArticle earlier) {
        return joinScore(article, earlier).isPresent();
    }

    /** The score of {@code article} against a story made of {@code earlier} alone, when it is enough to join. */
    public java.util.OptionalDouble joinScore(StoryArticle article, StoryArticle earlier) {
        StoryClusterer.Entry e = clusterer.vectorize(article);
        StoryClusterer.Cluster story = storyOf(earlier);
        double score = clusterer.score(e, story);
        return score >= clusterer.joinThreshold(e, story) ? java.util.OptionalDouble.of(score) : java.util.OptionalDouble.empty();
    }

    private StoryClusterer.Cluster storyOf(StoryArticle earlier) {
        StoryClusterer.Cluster story = new StoryClusterer.Cluster(0);
        story.add(clusterer.vectorize(earlier), 0);
        return story;
    }
}

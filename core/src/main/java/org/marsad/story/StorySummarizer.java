package org.marsad.story;

import java.util.ArrayList;
import java.util.List;

import org.marsad.dedup.MatchTerms;

/**
 * A short extractive summary of a story: its most central sentences, none repeating another.
 * <ul>
 *   <li>sentences are the pieces of the articles' texts between . ! ? ؟ and line breaks, of
 *       {@value #MIN_TERMS} terms or more and at most {@value #MAX_CHARS} chars;</li>
 *   <li>central = TF-IDF cosine with the story centroid;</li>
 *   <li>a sentence whose cosine with one already chosen is {@value #REPEAT} or more tells the same
 *       fact (wire copies repeat whole sentences) and is skipped;</li>
 *   <li>at most {@value #SENTENCES} sentences, most central first.</li>
 * </ul>
 */
final class StorySummarizer {

    static final int SENTENCES = 3;
    static final int MIN_TERMS = 5;
    static final int MAX_CHARS = 400;
    static final double REPEAT = 0.5;

    private final Vocabulary vocabulary;

    StorySummarizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> summary(List<StoryArticle> articles, TermVector centroid) {
        List<String> sentences = new ArrayList<>();
        List<TermVector> vectors = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (StoryArticle a : articles) {
            for (String sentence : a.text().split("[.!?؟\\n]+")) {
                sentence = sentence.strip();
                if (sentence.length() > MAX_CHARS || sentences.contains(sentence)) {
                    continue;
                }
                TermVector v = vector(sentence);
                if (v.size() < MIN_TERMS) {
                    continue;
                }
                sentences.add(sentence);
                vectors.add(v);
                scores.add(v.cosine(centroid, vocabulary));
            }
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] used = new boolean[sentences.size()];
        while (chosen.size() < SENTENCES) {
            int best = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (!used[i] && (best < 0 || scores.get(i) > scores.get(best))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            boolean repeats = false;
            for (int c : chosen) {
                repeats |= vectors.get(best).cosine(vectors.get(c), vocabulary) >= REPEAT;
            }
            if (!repeats) {
                chosen.add(best);
            }
        }
        return chosen.stream().map(i -> sentences.get(i) + ".").toList();
    }

    private TermVector vector(String sentence) {
        return ArticleTerms.unigrams(vocabulary, MatchTerms.of(sentence));
    }
}

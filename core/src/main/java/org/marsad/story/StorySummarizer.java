package org.marsad.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.dedup.MatchTerms;

/**
 * A short extractive summary of a story: its most central sentences, none repeating another.
 * <ul>
 *   <li>sentences are the pieces of the articles' texts between ! ? ؟, line breaks and full stops
 *       ({@link #sentences}: not the dot of a decimal number or of a one-letter abbreviation), of
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
        double centroidNorm = centroid.norm(vocabulary);
        List<String> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<TermVector> vectors = new ArrayList<>();
        List<Double> norms = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (StoryArticle a : articles) {
            for (String sentence : sentences(a.text())) {
                if (sentence.length() > MAX_CHARS || seen.contains(sentence)) {
                    continue;
                }
                TermVector v = vector(sentence);
                if (v.size() < MIN_TERMS) {
                    continue;
                }
                double norm = v.norm(vocabulary);
                seen.add(sentence);
                sentences.add(sentence);
                vectors.add(v);
                norms.add(norm);
                scores.add(norm * centroidNorm == 0 ? 0 : v.dot(centroid, vocabulary) / (norm * centroidNorm));
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
                double norm = norms.get(best) * norms.get(c);
                repeats |= norm > 0 && vectors.get(best).dot(vectors.get(c), vocabulary) / norm >= REPEAT;
            }
            if (!repeats) {
                chosen.add(best);
            }
        }
        return chosen.stream().map(i -> {
            String s = sentences.get(i);
            return s.endsWith(".") ? s : s + ".";
        }).toList();
    }

    /**
     * The sentences of a text, stripped. A break is ! ? ؟ or a line break, always, and a full stop
     * unless it sits between two digits (٣.٥، 3.5) or ends a one-letter abbreviation (د. for doctor,
     * م. for metre or the common era): cutting there would leave a fragment that reads as a
     * sentence of its own. A kept full stop stays with its sentence.
     */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == '\n'
                    || c == '.' && !decimalPoint(text, i) && !abbreviation(text, i);
            if (end) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static final char ARABIC_QUESTION_MARK = '\u061F';

    private static void add(List<String> out, String text, int start, int end) {
        String sentence = text.substring(start, end).strip();
        if (!sentence.isEmpty()) {
            out.add(sentence);
        }
    }

    private static boolean decimalPoint(String text, int dot) {
        return dot > 0 && dot + 1 < text.length() && Character.isDigit(text.charAt(dot - 1))
                && Character.isDigit(text.charAt(dot + 1));
    }

    /** A letter standing alone before the dot: the dot abbreviates a word. */
    private static boolean abbreviation(String text, int dot) {
        return dot > 0 && Character.isLetter(text.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
    }

    private TermVector vector(String sentence) {
        // every word of an article's text has its id already; looking up only lets stories be summarized in parallel
        return ArticleTerms.knownUnigrams(vocabulary, MatchTerms.of(sentence));
    }
}

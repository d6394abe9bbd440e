package org.marsad.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The tags of a story: the tags of its articles ({@link Keyphrases}), ranked by how many of the
 * articles give them, then by their rank within the articles; a tag is written as its first article
 * writes it. A story told by one outlet has that article's tags.
 */
public final class StoryTags {

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private StoryTags() {
    }

    /** The tags of a story made of {@code articles} (in the story's order), best first, at most {@code max}. */
    public static List<String> of(List<AnalyzedArticle> articles, int max) {
        record Tally(String text, int[] articles, int[] rankSum) {
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (AnalyzedArticle a : articles) {
            List<String> tags = Keyphrases.of(a, Keyphrases.DEFAULT_MAX);
            for (int rank = 0; rank < tags.size(); rank++) {
                String tag = tags.get(rank);
                Tally t = tallies.computeIfAbsent(NORMALIZER.key(tag), k -> new Tally(tag, new int[1], new int[1]));
                t.articles()[0]++;
                t.rankSum()[0] += rank;
            }
        }
        List<Tally> ranked = new ArrayList<>(tallies.values());
        ranked.sort(Comparator.comparingInt((Tally t) -> -t.articles()[0])
                .thenComparingDouble(t -> (double) t.rankSum()[0] / t.articles()[0]));
        return ranked.stream().limit(max).map(Tally::text).toList();
    }
}

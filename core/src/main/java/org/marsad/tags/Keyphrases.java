package org.marsad.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;
import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.TsvResource;
import org.marsad.normalize.ArabicNormalizer;

/**
 * Keyword tags of an article in the manner of the {@code كلمات دلالية} lines outlets print under
 * their articles: the names of the entities it is about, and the noun phrases it keeps returning to.
 * <ul>
 *   <li>an entity is a candidate under its display name, scored by its mentions, plus
 *       {@value #TITLE_BONUS} when its name or a spelling of it is in the headline;</li>
 *   <li>a noun phrase is a definite noun followed by a definite adjective of relation (nisba, in
 *       ي or ية: الرئيس الروسي، الاتفاق النووي، الحكومة اليمنية), written as the article first
 *       writes it; it is a candidate when the article says it {@value #MIN_PHRASE_COUNT} times or
 *       more, or in its headline, scored the same way. Definite words in ي that are no nisba (time
 *       words, ordinals: العام الماضي) are listed in {@code not-nisba.tsv};</li>
 *   <li>candidates with the same matching key are one; the best {@code max} by score, then by
 *       first appearance, are the tags.</li>
 * </ul>
 * A pure function of the analyzed article: tags need no corpus, so an article has the same tags in
 * the CLI, the store and the Spark job.
 */
public final class Keyphrases {

    static final int TITLE_BONUS = 2;
    static final int MIN_PHRASE_COUNT = 2;
    /** Tags of one article by default; outlets print about five. */
    public static final int DEFAULT_MAX = 6;

    private static final String DEFINITE = "\u0627\u0644"; // ال
    private static final char YEH = '\u064A';
    private static final String NISBA_FEMININE = "\u064A\u0647"; // يه: ية with teh marbuta folded
    /** The definite article and at least two letters: الروسي، but not الي. */
    private static final int MIN_DEFINITE_WORD = 5;

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final Set<String> NOT_NISBA = TsvResource.read(Keyphrases.class, "not-nisba.tsv", 1).stream()
            .map(row -> NORMALIZER.key(row.cell(0)))
            .collect(Collectors.toUnmodifiableSet());

    private Keyphrases() {
    }

    private static final class Candidate {
        final String text;
        final int first;
        int score;

        Candidate(String text, int first) {
            this.text = text;
            this.first = first;
        }
    }

    /** The tags of an article, best first, at most {@code max}. */
    public static List<String> of(AnalyzedArticle analyzed, int max) {
        String title = analyzed.article().title() == null ? "" : analyzed.article().title();
        String text = analyzed.article().text();
        String titleKey = NORMALIZER.key(title);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (ArticleEntity e : analyzed.entities()) {
            if (e.mentions().isEmpty()) {
                continue;
            }
            String name = e.entity().name();
            Candidate c = candidates.computeIfAbsent(NORMALIZER.key(name),
                    k -> new Candidate(name, e.mentions().get(0).start()));
            c.score += e.mentions().size();
            boolean inTitle = titleKey.contains(NORMALIZER.key(name));
            for (EntityMention m : e.mentions()) {
                inTitle |= titleKey.contains(NORMALIZER.key(m.text()));
            }
            if (inTitle) {
                c.score += TITLE_BONUS;
            }
        }
        Map<String, Candidate> phrases = new HashMap<>();
        phrases(text, 0, phrases);
        Set<String> inTitle = phrases(title, -1, new HashMap<>()).keySet();
        for (Map.Entry<String, Candidate> p : phrases.entrySet()) {
            boolean titled = inTitle.contains(p.getKey());
            if (p.getValue().score >= MIN_PHRASE_COUNT || titled) {
                Candidate c = candidates.computeIfAbsent(p.getKey(), k -> new Candidate(p.getValue().text, p.getValue().first));
                c.score += p.getValue().score + (titled ? TITLE_BONUS : 0);
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.score).thenComparingInt(c -> c.first));
        return ranked.stream().limit(max).map(c -> c.text).toList();
    }

    /** Counts the definite noun + nisba phrases of {@code text} into {@code out}, by key. */
    private static Map<String, Candidate> phrases(String text, int offsetForFirst, Map<String, Candidate> out) {
        List<int[]> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        KeyTokens.words(text, NORMALIZER, (start, end, key) -> {
            spans.add(new int[] {start, end});
            keys.add(key);
        });
        for (int i = 0; i + 1 < keys.size(); i++) {
            String noun = keys.get(i);
            String adjective = keys.get(i + 1);
            if (isDefiniteNoun(noun) && isNisba(adjective) && adjacent(text, spans.get(i), spans.get(i + 1))) {
                String key = noun + " " + adjective;
                int start = spans.get(i)[0];
                int end = spans.get(i + 1)[1];
                Candidate c = out.computeIfAbsent(key, k -> new Candidate(text.substring(start, end),
                        offsetForFirst < 0 ? Integer.MAX_VALUE : start));
                c.score++;
            }
        }
        return out;
    }

    private static boolean isDefiniteNoun(String key) {
        return key.length() >= MIN_DEFINITE_WORD && key.startsWith(DEFINITE) && !NOT_NISBA.contains(key);
    }

    private static boolean isNisba(String key) {
        return key.length() >= MIN_DEFINITE_WORD && key.startsWith(DEFINITE) && !NOT_NISBA.contains(key)
                && (key.charAt(key.length() - 1) == YEH || key.endsWith(NISBA_FEMININE));
    }

    /** Two words with only spaces between them: a phrase does not run over punctuation. */
    private static boolean adjacent(String text, int[] a, int[] b) {
        for (int i = a[1]; i < b[0]; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

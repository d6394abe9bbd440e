package org.marsad.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.marsad.dedup.MatchTerms;
import org.marsad.lexicon.TsvResource;

/**
 * Term ids and document frequencies, maintained incrementally: every article added counts once
 * for each distinct term it has. Stop words (the data file {@code stopwords.tsv}) get no id.
 */
final class Vocabulary {

    /** Ghain and jeem both write a foreign g (كيم جونغ أون / كيم جونج أون, بيونغ يانغ / بيونج يانج). */
    private static final char GHAIN = '\u063A';
    private static final char JEEM = '\u062C';

    private static final Set<String> STOP_WORDS = TsvResource.read(Vocabulary.class, "stopwords.tsv", 1).stream()
            .flatMap(row -> Arrays.stream(MatchTerms.of(row.cell(0))))
            .map(term -> term.replace(GHAIN, JEEM))
            .collect(Collectors.toUnmodifiableSet());

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] df = new int[1024];
    private int documents;
    private double[] idfCache = new double[0];
    private int idfDocuments = -1;
    /** Document frequencies counted elsewhere (a whole corpus, by a distributed job), or null. */
    private final ToIntFunction<String> outsideFrequencies;

    Vocabulary() {
        this.outsideFrequencies = null;
    }

    private Vocabulary(ToIntFunction<String> outsideFrequencies, int documents) {
        this.outsideFrequencies = outsideFrequencies;
        this.documents = documents;
    }

    /**
     * A vocabulary whose document frequencies were counted over a corpus elsewhere: a term gets its
     * frequency from {@code frequencies} when it is first seen, and {@link #addDocument} is not used.
     */
    static Vocabulary withFrequencies(ToIntFunction<String> frequencies, int documents) {
        return new Vocabulary(java.util.Objects.requireNonNull(frequencies, "frequencies"), documents);
    }

    /**
     * The id of a term, a new one if unseen; -1 for a stop word. Terms are folded first: ghain
     * becomes jeem, so the two transliterations of a foreign name are one term (a few Arabic word
     * pairs such as غاز/جاز meet too; rare enough in news to cost less than split names do).
     */
    int id(String term) {
        term = term.replace(GHAIN, JEEM);
        if (STOP_WORDS.contains(term)) {
            return -1;
        }
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int next = terms.size();
        ids.put(term, next);
        terms.add(term);
        if (next == df.length) {
            df = Arrays.copyOf(df, df.length * 2);
        }
        if (outsideFrequencies != null) {
            df[next] = outsideFrequencies.applyAsInt(term);
        }
        return next;
    }

    String term(int id) {
        return terms.get(id);
    }

    /** Counts one more document holding each of {@code distinctTerms}. */
    void addDocument(int[] distinctTerms) {
        documents++;
        for (int t : distinctTerms) {
            df[t]++;
        }
    }

    int documentFrequency(int term) {
        return df[term];
    }

    /**
     * Inverse document frequency ln(1 + N / df): positive for every term, and still ln 2 for a term
     * every article has, so that in a handful of articles (five sample pages, one small batch) the
     * words they share keep weight instead of falling to zero.
     */
    double idf(int term) {
        if (idfDocuments != documents || term >= idfCache.length) {
            refreshIdf();
        }
        return idfCache[term];
    }

    /** IDF only changes when documents are added (between batches), so it is computed once per term then. */
    private void refreshIdf() {
        idfCache = new double[terms.size()];
        for (int t = 0; t < idfCache.length; t++) {
            idfCache[t] = Math.log1p((double) documents / Math.max(1, df[t]));
        }
        idfDocuments = documents;
    }
}

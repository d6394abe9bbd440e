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
    /** Words by id; null for a word pair, whose two word ids are in {@link #pairOf}. */
    private final List<String> terms = new ArrayList<>();
    private final PairIds pairIds = new PairIds();
    private long[] pairOf = new long[1024];
    private int[] df = new int[1024];
    private int documents;
    private double[] idfCache = new double[0];
    private int idfDocuments = -1;
    /** How many terms (from id 0) have their IDF in the cache. */
    private int idfKnown;
    /** Document frequencies counted elsewhere (a whole corpus, by a distributed job), or null. */
    private final ToIntFunction<String> outsideFrequencies;
    /** The words counted as their action's term ({@link EventWords#NONE} for none). */
    private final EventWords eventWords;

    /** A vocabulary where every word is its own term. */
    Vocabulary() {
        this(EventWords.NONE);
    }

    /** A vocabulary where the words of one action ({@code eventWords}) are one term. */
    Vocabulary(EventWords eventWords) {
        this(null, 0, eventWords);
    }

    private Vocabulary(ToIntFunction<String> outsideFrequencies, int documents, EventWords eventWords) {
        this.outsideFrequencies = outsideFrequencies;
        this.documents = documents;
        this.eventWords = java.util.Objects.requireNonNull(eventWords, "eventWords");
    }

    /**
     * A vocabulary whose document frequencies were counted over a corpus elsewhere: a term gets its
     * frequency from {@code frequencies} when it is first seen, and {@link #addDocument} is not used.
     */
    static Vocabulary withFrequencies(ToIntFunction<String> frequencies, int documents, EventWords eventWords) {
        return new Vocabulary(java.util.Objects.requireNonNull(frequencies, "frequencies"), documents, eventWords);
    }

    /**
     * A term as the vocabulary keys it, or null for a stop word. A word of an action becomes the
     * action's term ({@link EventWords}). Ghain becomes jeem, so the two transliterations of a
     * foreign name are one term (a few Arabic word pairs such as غاز/جاز meet too; rare enough in
     * news to cost less than split names do).
     */
    String folded(String term) {
        String folded = eventWords.term(term).replace(GHAIN, JEEM);
        return STOP_WORDS.contains(folded) ? null : folded;
    }

    /**
     * The terms {@link #folded}, null for a stop word, with their hash codes computed: it only
     * reads, so the clusterer folds a batch's articles on every core and gives ids in order after.
     */
    String[] foldedAll(String[] terms) {
        String[] out = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            String f = folded(terms[i]);
            if (f != null) {
                f.hashCode(); // cached in the string, for the lookups of idOfFolded
            }
            out[i] = f;
        }
        return out;
    }

    /** The id of a term ({@link #folded}), a new one if unseen; -1 for a stop word. */
    int id(String term) {
        return idOfFolded(folded(term));
    }

    /** The id of a term already folded ({@link #folded}), a new one if unseen; -1 for null (a stop word). */
    int idOfFolded(String folded) {
        if (folded == null) {
            return -1;
        }
        Integer id = ids.get(folded);
        if (id != null) {
            return id;
        }
        int next = terms.size();
        ids.put(folded, next);
        terms.add(folded);
        grow(next);
        if (outsideFrequencies != null) {
            df[next] = outsideFrequencies.applyAsInt(folded);
        }
        return next;
    }

    /**
     * The id of a term already given one, -1 for a stop word or a term never seen. It only reads, so
     * threads may share the vocabulary this way while nothing is added.
     */
    int known(String term) {
        String folded = folded(term);
        Integer id = folded == null ? null : ids.get(folded);
        return id == null ? -1 : id;
    }

    /**
     * Computes the IDF of every term so far: until a term or a document is added, {@link #idf} then
     * only reads, and threads may share the vocabulary.
     */
    void fillIdfs() {
        if (!terms.isEmpty()) {
            idf(terms.size() - 1);
        }
    }

    /**
     * The id of the word pair "first second" (two ids of {@link #id}), a new one if unseen. A pair
     * gets its id in the same sequence as words do, and reads as the two words with a space between
     * ({@link #term}), as if it were one term.
     */
    int pair(int first, int second) {
        long key = PairIds.key(first, second);
        int id = pairIds.get(key);
        if (id != PairIds.ABSENT) {
            return id;
        }
        int next = terms.size();
        pairIds.put(key, next);
        terms.add(null);
        grow(next);
        pairOf[next] = key;
        if (outsideFrequencies != null) {
            df[next] = outsideFrequencies.applyAsInt(term(next));
        }
        return next;
    }

    private void grow(int next) {
        if (next == df.length) {
            df = Arrays.copyOf(df, df.length * 2);
            pairOf = Arrays.copyOf(pairOf, df.length);
        }
    }

    String term(int id) {
        String term = terms.get(id);
        if (term == null) {
            long pair = pairOf[id];
            return terms.get((int) (pair >>> 32)) + " " + terms.get((int) pair);
        }
        return term;
    }

    /** Counts one more document holding each of {@code distinctTerms}; nothing when the frequencies come from outside (already counted). */
    void addDocument(int[] distinctTerms) {
        if (outsideFrequencies != null) {
            return;
        }
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
        if (idfDocuments != documents) {
            idfKnown = 0;
            idfDocuments = documents;
        }
        if (term >= idfKnown) {
            fillIdf();
        }
        return idfCache[term];
    }

    /**
     * IDF only changes when documents are added (between batches), so it is computed once per term
     * then; terms added since (as a {@link StoryPairRule} meets new articles) are computed as they
     * come, without recomputing the others.
     */
    private void fillIdf() {
        int n = terms.size();
        if (idfCache.length < n) {
            idfCache = Arrays.copyOf(idfCache, Math.max(n, idfCache.length * 2));
        }
        for (int t = idfKnown; t < n; t++) {
            idfCache[t] = Math.log1p((double) documents / Math.max(1, df[t]));
        }
        idfKnown = n;
    }
}

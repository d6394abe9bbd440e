package org.marsad.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.marsad.dedup.Duplicate;
import org.marsad.dedup.DuplicateDetector;
import org.marsad.dedup.MatchTerms;

/**
 * Online, incremental story clustering: articles arrive in batches and each joins a story or opens
 * a new one; nothing is compared all-pairs.
 *
 * <p>For each batch:
 * <ol>
 *   <li>the batch is put in canonical order, by publication date (undated last) then id, and
 *       articles already seen (by id) are skipped;</li>
 *   <li>every article of the batch is turned into a term vector (its {@link MatchTerms}, stop words
 *       out, the words of one action as one term ({@link EventWords}), title terms counted
 *       {@link StoryParameters#titleWeight()} times, the terms of the news items a round-up
 *       appends and its headline does not name ({@link NewsItems})
 *       {@link StoryParameters#asideWeight()}, log term frequency)
 *       and the document frequencies are updated with the whole batch before any decision, so
 *       every article of a batch is weighed with the same IDF;</li>
 *   <li>then, article by article in canonical order:
 *   <ul>
 *     <li>an exact or near duplicate ({@link DuplicateDetector}) of an earlier article within
 *         {@link StoryParameters#windowDays()} joins that article's story: wire copy is one story
 *         (unless their headlines number different installments or name different places, see below);</li>
 *     <li>otherwise candidate stories are those of the articles sharing one of its
 *         {@link StoryParameters#indexTerms()} highest TF-IDF terms in an inverted index, dated within
 *         the window; the {@link StoryParameters#candidates()} with the most shared weight are
 *         scored in full;</li>
 *     <li>score = TF-IDF cosine of the article with the story centroid (the sum of its articles'
 *         unit term vectors), mixed with entity overlap when both sides have entities, times a
 *         time factor: 1 within {@link StoryParameters#graceDays()} of the story's date span, then
 *         halved every {@link StoryParameters#halfLifeDays()} days; 1 when either side is undated;
 *         0 when the article's headline and the story's headlines name different installments of a
 *         series ({@link Ordinals}: the second plane, the third) or different places that neither
 *         side's text mentions ({@link HeadlinePlaces}: a stray camel in Tabuk, another in Jazan);</li>
 *     <li>decision rule: the article joins the best-scoring story among those it scores at least
 *         {@link StoryParameters#join()} with, or the lower threshold of {@link #joinThreshold} (a
 *         day of the story named, the same {@link LeadEvent}, a rare word of a story's headline in
 *         its own headline on the story's days), else it opens a new story; if it also scores at least
 *         {@link StoryParameters#merge()} with another candidate whose centroid has cosine at least
 *         {@link StoryParameters#storyMerge()} with the joined story's, the article bridges them
 *         and the two stories are merged; likewise when it scores {@link StoryParameters#join()}
 *         with another whose headlines share a rare word with the joined story's, dated at most a
 *         day apart, and the centroids agree {@link StoryParameters#storyMergeWithName()}.</li>
 *   </ul></li>
 * </ol>
 * Determinism: within a batch the result depends only on the set of articles, never on the order
 * they were given in, because of the canonical order and the batch-wide IDF. Feeding the same
 * articles split into different batches may give different stories (an earlier decision is not
 * revisited); re-adding all articles as one batch to a new clusterer gives the canonical answer.
 * Not thread-safe.
 */
public final class StoryClusterer {

    private static final int NO_DATE = Integer.MIN_VALUE;
    /** Posting lists longer than this are terms nearly every article has; they find no story. */
    private static final int MAX_POSTINGS = 300;
    /**
     * How many of an article's highest-weighted terms are looked up for candidate stories: twice what
     * an article indexes, so a retelling still meets a story through terms it weighs a little
     * differently, while the cost per article stays bounded whatever its length (the labelled
     * SaudiNewsNet set scores the same with 60, 120, 200 or all terms).
     */
    static final int LOOKUP_TERMS = 120;

    private final StoryParameters parameters;
    private final Vocabulary vocabulary;
    private final DuplicateDetector duplicates = new DuplicateDetector();
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Cluster> clusters = new ArrayList<>();
    /**
     * Inverted index by term id (ids are dense, so an array, not a map: this is looked up for every
     * term of every article): {@code postings[term][0]} is the count, the entry indexes follow.
     */
    private int[][] postings = new int[1024][];
    private final Map<String, Duplicate> duplicateOf = new HashMap<>();
    /** Scratch space of {@link #candidates}: shared weight per story, and the term that last counted it. */
    private double[] shared = new double[0];
    private int[] sharedStamp = new int[0];
    private int stamp;
    /**
     * Per entry its day and the story it was placed in, per story the story it was merged into (-1
     * if none): what the candidate search reads of every posting, kept as primitives so that it does
     * not visit the entry and story objects.
     */
    private int[] entryDays = new int[0];
    private int[] entryClusters = new int[0];
    private int[] mergedInto = new int[0];
    /** Batches added so far: the IDF changes only between batches. */
    private int batches;

    public StoryClusterer() {
        this(StoryParameters.standard());
    }

    public StoryClusterer(StoryParameters parameters) {
        this(parameters, new Vocabulary(parameters.eventLexicon()));
    }

    /**
     * A clusterer whose document frequencies were counted over a whole corpus elsewhere (a distributed
     * job that runs it on one independent group of articles at a time): the IDF is the corpus's, as
     * one clusterer over the whole corpus would have it, and adding articles does not count them again.
     *
     * @param frequencies the number of articles of the corpus holding a term ({@link StoryPairRule#documentTerms})
     * @param documents   the number of articles of the corpus
     */
    public static StoryClusterer withFrequencies(StoryParameters parameters, java.util.function.ToIntFunction<String> frequencies,
            int documents) {
        return new StoryClusterer(parameters, Vocabulary.withFrequencies(frequencies, documents, parameters.eventLexicon()));
    }

    /** A clusterer over a given vocabulary: {@link StoryPairRule} scores with corpus-wide frequencies. */
    StoryClusterer(StoryParameters parameters, Vocabulary vocabulary) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The canonical order of articles: by date, undated last, then by id. */
    public static final Comparator<StoryArticle> CANONICAL = Comparator
            .comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoryArticle::id);

    /** Adds a batch of articles (see the class comment for how they are placed). */
    public void add(Collection<StoryArticle> batch) {
        add(prepare(batch));
    }

    /**
     * A batch in canonical order with what clustering reads of each article alone (its words, its
     * fingerprint), worked out on every core; {@link #add(Prepared)} then places it, on the calling
     * thread. Split so that a caller can give the cores to other work while the articles are placed.
     */
    public static final class Prepared {
        private final StoryClusterer owner;
        private final List<StoryArticle> sorted;
        private final List<Words> words;

        private Prepared(StoryClusterer owner, List<StoryArticle> sorted, List<Words> words) {
            this.owner = owner;
            this.sorted = sorted;
            this.words = words;
        }
    }

    /** Prepares a batch for {@link #add(Prepared)}; reads this clusterer only (its folding), changes nothing. */
    public Prepared prepare(Collection<StoryArticle> batch) {
        List<StoryArticle> sorted = new ArrayList<>();
        Set<String> batchIds = new HashSet<>();
        for (StoryArticle a : batch) {
            if (batchIds.add(a.id())) {
                sorted.add(a);
            }
        }
        sorted.sort(CANONICAL);
        return new Prepared(this, sorted, sorted.parallelStream().map(this::words).toList());
    }

    /** Places a prepared batch; articles added since it was prepared are skipped. */
    public void add(Prepared prepared) {
        if (prepared.owner != this) {
            throw new IllegalArgumentException("a batch is placed by the clusterer that prepared it (its words are folded by its vocabulary)");
        }
        batches++;
        int start = entries.size();
        // term ids are given in canonical order, so they, and every tie broken by them, stay the same
        for (int i = 0; i < prepared.sorted.size(); i++) {
            StoryArticle a = prepared.sorted.get(i);
            if (seen.containsKey(a.id())) {
                continue;
            }
            Words words = prepared.words.get(i);
            seen.put(a.id(), entries.size());
            Entry e = vectorize(a, words);
            vocabulary.addDocument(e.vector.terms);
            entries.add(e);
            if (entryDays.length < entries.size()) {
                entryDays = Arrays.copyOf(entryDays, Math.max(16, entries.size() * 2));
                entryClusters = Arrays.copyOf(entryClusters, entryDays.length);
            }
            entryDays[entries.size() - 1] = e.day;
        }
        for (int i = start; i < entries.size(); i++) {
            place(i);
        }
    }

    /**
     * What clustering reads of an article that depends on the article alone: its title terms,
     * the terms of the news item its headline is about and of its other items ({@link NewsItems}),
     * folded as the vocabulary keys them, its fingerprint and the days its text names.
     */
    private record Words(String[] foldedTitle, String[] foldedBody, String[] foldedAside,
                         DuplicateDetector.Fingerprint fingerprint,
                         Set<java.time.MonthDay> days, Set<Integer> ordinals, List<HeadlinePlaces.Place> places) {
    }

    private Words words(StoryArticle a) {
        String[] title = a.title() == null ? new String[0] : MatchTerms.of(a.title());
        String[] body = MatchTerms.of(a.text());
        String[] foldedTitle = vocabulary.foldedAll(title);
        NewsItems items = NewsItems.of(foldedTitle, vocabulary.foldedAll(body), AsideMarkers.standard().starts(body));
        return new Words(foldedTitle, items.headlined(), items.others(),
                duplicates.fingerprint(DuplicateDetector.keyTerms(body, title)),
                a.published() == null ? DayMentions.of(a.text()) : Set.of(), Ordinals.standard().of(title),
                parameters.headlinePlaces() ? HeadlinePlaces.of(a.title()) : HeadlinePlaces.NONE);
    }

    Entry vectorize(StoryArticle a) {
        return vectorize(a, words(a));
    }

    private Entry vectorize(StoryArticle a, Words words) {
        TermVector vector = ArticleTerms.vector(vocabulary, words.foldedTitle(), words.foldedBody(), words.foldedAside(), parameters);
        int day = a.published() == null ? NO_DATE : (int) a.published().toEpochDay();
        Entry e = new Entry(a, vector, words.fingerprint(), day);
        e.titleTerms = ArticleTerms.distinctIds(vocabulary, words.foldedTitle());
        if (words.foldedAside().length > 0 && parameters.asideWeight() < 1) {
            int[] told = ArticleTerms.distinctIds(vocabulary, words.foldedBody());
            e.toldTerms = java.util.stream.IntStream.concat(Arrays.stream(told), Arrays.stream(e.titleTerms)).distinct().sorted().toArray();
        }
        e.days = words.days();
        e.ordinals = words.ordinals();
        e.places = HeadlinePlaces.resolve(words.places(), vocabulary);
        return e;
    }

    private void place(int index) {
        Entry e = entries.get(index);
        List<Duplicate> dups = duplicates.addMatching(e.article.id(), e.article.outlet(), e.fingerprint);
        Optional<Duplicate> dup = dups.isEmpty() ? Optional.empty() : Optional.of(dups.get(0));
        e.fingerprint = null; // only needed once
        // the terms it is found by and the terms it looks up with: one ranking, two prefixes
        int[] ranked = e.vector.top(Math.max(parameters.indexTerms(), LOOKUP_TERMS), vocabulary);
        int[] top = Arrays.copyOf(ranked, Math.min(ranked.length, parameters.indexTerms()));
        Cluster joined = null;
        if (dup.isPresent()) {
            Entry original = entryOf(dup.get().original());
            // a copy whose headline numbers another installment (the same release for the third
            // plane as for the second) or names another place (a photo series, one page a country)
            // is another event told in the same words
            if (original != null && withinWindow(e.day, original.day) && !anotherEvent(e, find(original.cluster))) {
                duplicateOf.put(e.article.id(), dup.get());
                joined = find(original.cluster);
            }
        }
        if (joined == null) {
            joined = decide(e, candidates(e, Arrays.copyOf(ranked, Math.min(ranked.length, LOOKUP_TERMS))));
        }
        if (joined == null) {
            joined = new Cluster(clusters.size());
            clusters.add(joined);
            if (mergedInto.length < clusters.size()) {
                int from = mergedInto.length;
                mergedInto = Arrays.copyOf(mergedInto, Math.max(16, clusters.size() * 2));
                Arrays.fill(mergedInto, from, mergedInto.length, -1);
            }
        }
        joined.add(e, index);
        e.cluster = joined.index;
        entryClusters[index] = joined.index;
        Set<Integer> indexed = new HashSet<>();
        for (int t : top) {
            indexed.add(e.vector.terms[t]);
        }
        for (int term : e.titleTerms) {
            indexed.add(term);
        }
        for (int term : indexed) {
            if (term >= postings.length) {
                postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
            }
            postings[term] = append(postings[term], index);
        }
    }

    /** Joins the best candidate if good enough, merging any other the article bridges to it. */
    private Cluster decide(Entry e, List<Cluster> candidates) {
        Cluster best = null;
        double bestScore = -1;
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Cluster c = candidates.get(i);
            scores[i] = score(e, c);
            // the best of the stories it may join: a story it shares a lead event with may score
            // below another with more words in common, and still be the right one
            if (scores[i] > bestScore && scores[i] >= joinThreshold(e, c)) {
                bestScore = scores[i];
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        for (int i = 0; i < candidates.size(); i++) {
            Cluster other = candidates.get(i);
            if (other != best && scores[i] >= parameters.join() && find(other.index) != find(best.index)
                    && bridges(scores[i], other, find(best.index))) {
                best = merge(find(best.index), find(other.index));
            }
        }
        return find(best.index);
    }

    /**
     * Whether an article that joined {@code joined} and scores {@code score} with {@code other}
     * makes them one story: it scores {@link StoryParameters#merge()} with the other and the two
     * centroids agree ({@link StoryParameters#storyMerge()}); or the two stories' headlines share a
     * rare word on days at most one apart and the centroids agree less
     * ({@link StoryParameters#storyMergeWithName()}). Never when their headlines tell
     * {@link #anotherEvent another event}: an article that names no installment (a round-up of the
     * aid flights) scores high with the second plane and the third, and they are still two stories.
     */
    private boolean bridges(double score, Cluster other, Cluster joined) {
        if (anotherEvent(other.ordinals, other.places, other.centroid.terms, joined)) {
            return false;
        }
        double agreement = other.centroid.cosine(joined.centroid, vocabulary);
        if (score >= parameters.merge() && agreement >= parameters.storyMerge()) {
            return true;
        }
        if (agreement < parameters.storyMergeWithName() || daysApart(other.firstDay, other.lastDay, joined) > 1) {
            return false;
        }
        Cluster fewer = other.titles.size() <= joined.titles.size() ? other : joined;
        Cluster more = fewer == other ? joined : other;
        for (int[] title : fewer.titles) {
            if (sharesRareWord(title, more)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a headline ({@code title}, ascending word ids) shares with one of the story's headlines
     * a word that at most {@link StoryParameters#rareWord()} articles have. A headline seldom has
     * a rare word, so most calls end after a few frequency lookups.
     */
    private boolean sharesRareWord(int[] title, Cluster c) {
        for (int t : title) {
            if (vocabulary.documentFrequency(t) > parameters.rareWord()) {
                continue;
            }
            for (int[] theirs : c.titles) {
                if (Arrays.binarySearch(theirs, t) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Days between the span {@code from}..{@code to} and the story's date span, 0 when they meet;
     * {@link Integer#MAX_VALUE} when either is undated: a shared rare word is evidence only on the
     * same days, and an undated page (a sample page on Putin's visit) would otherwise join another
     * story through a name both mention.
     */
    private static int daysApart(int from, int to, Cluster c) {
        if (from == NO_DATE || c.firstDay == NO_DATE) {
            return Integer.MAX_VALUE;
        }
        return from > c.lastDay ? from - c.lastDay : c.firstDay > to ? c.firstDay - to : 0;
    }

    /**
     * The least score to join {@code c}: {@link StoryParameters#join()}, or the lower
     * {@link StoryParameters#joinWithDate()} for an undated article whose text names a day of the
     * story's date span (within a day): the date is evidence that content alone may not give when
     * outlets tell one event in different words. Likewise the lower
     * {@link StoryParameters#joinWithEvent()} when the article leads with the event one of the
     * story's articles leads with ({@link LeadEvent}), and {@link StoryParameters#joinWithName()}
     * when its headline shares a rare word with one of the story's headlines and both are dated,
     * the article within the story's span.
     */
    double joinThreshold(Entry e, Cluster c) {
        double threshold = parameters.join();
        if (e.day == NO_DATE && c.firstDay != NO_DATE
                && DayMentions.within(e.days, LocalDate.ofEpochDay(c.firstDay), LocalDate.ofEpochDay(c.lastDay))) {
            threshold = Math.min(threshold, parameters.joinWithDate());
        }
        if (c.leadsWithAnyOf(e.article.leadEvents())) {
            threshold = Math.min(threshold, parameters.joinWithEvent());
        }
        if (daysApart(e.day, e.day, c) == 0 && sharesRareWord(e.titleTerms, c)) {
            threshold = Math.min(threshold, parameters.joinWithName());
        }
        return threshold;
    }

    /**
     * The stories of the articles that indexed one of {@code e}'s top {@link #LOOKUP_TERMS} terms,
     * most shared weight first (an article indexes only its top terms, so a retelling finds the
     * story through any of them).
     */
    private List<Cluster> candidates(Entry e, int[] lookupTerms) {
        if (shared.length < clusters.size()) {
            shared = Arrays.copyOf(shared, Math.max(16, clusters.size() * 2));
            sharedStamp = Arrays.copyOf(sharedStamp, shared.length);
        }
        int touchedCount = 0;
        int[] touched = new int[16];
        for (int t : lookupTerms) {
            int term = e.vector.terms[t];
            int[] list = term < postings.length ? postings[term] : null;
            if (list == null || list[0] > MAX_POSTINGS) {
                continue;
            }
            double w = e.vector.weights[t] * vocabulary.idf(term);
            stamp++;
            for (int i = 1; i <= list[0]; i++) {
                int other = list[i];
                if (!withinWindow(e.day, entryDays[other])) {
                    continue;
                }
                int root = root(entryClusters[other]);
                if (sharedStamp[root] == stamp) {
                    continue; // this term already counted for this story
                }
                sharedStamp[root] = stamp;
                if (shared[root] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = root;
                }
                shared[root] += w;
            }
        }
        // the best few by shared weight (ties: lower story index), kept by insertion: an article
        // touches thousands of stories through common terms, and only the first few are scored
        int k = Math.min(touchedCount, parameters.candidates());
        int[] best = new int[k];
        int bestCount = 0;
        for (int i = 0; i < touchedCount; i++) {
            int c = touched[i];
            if (bestCount == k && !before(c, best[k - 1])) {
                continue;
            }
            int at = bestCount < k ? bestCount++ : k - 1;
            while (at > 0 && before(c, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = c;
        }
        List<Cluster> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(clusters.get(best[i]));
        }
        for (int i = 0; i < touchedCount; i++) {
            shared[touched[i]] = 0;
        }
        return out;
    }

    /** Whether story {@code a} ranks before {@code b} as a candidate: more shared weight, then lower index. */
    private boolean before(int a, int b) {
        return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
    }

    /**
     * Similarity of an article to a story: centroid cosine (and entity overlap) times the time
     * factor; 0 for {@link #anotherEvent another event} (installment, place).
     */
    double score(Entry e, Cluster c) {
        if (anotherEvent(e, c)) {
            return 0;
        }
        double norms = e.vector.norm(vocabulary) * centroidNorm(c);
        double cosine = norms == 0 ? 0 : e.vector.dot(c.centroid, vocabulary) / norms * titleFactor(e, c);
        if (!e.article.entities().isEmpty() && !c.entities.isEmpty()) {
            long common = e.article.entities().stream().distinct().filter(c.entities::contains).count();
            double overlap = (double) common / Math.min(new HashSet<>(e.article.entities()).size(), c.entities.size());
            cosine = (1 - parameters.entityWeight()) * cosine + parameters.entityWeight() * overlap;
        }
        return cosine * timeFactor(e.day, c);
    }

    /**
     * Whether the article's headline and the story's name another installment of a series
     * ({@link Ordinals}: the second plane, the third) or the same kind of event in another place
     * ({@link HeadlinePlaces}: a stray camel in Tabuk, another in Jazan): whatever words they share,
     * two events.
     */
    private boolean anotherEvent(Entry e, Cluster c) {
        return anotherEvent(e.ordinals, e.places, e.vector.terms, c);
    }

    /** Like {@link #anotherEvent(Entry, Cluster)}, for one side given by its ordinals, headline places and terms. */
    private boolean anotherEvent(Set<Integer> ordinals, List<HeadlinePlaces.Place> places, int[] terms, Cluster c) {
        return Ordinals.conflict(ordinals, c.ordinals)
                || HeadlinePlaces.conflict(places, terms, c.places, c.centroid.terms);
    }

    /**
     * How well the headlines agree with the other side's text, from 1 - titleCoverage (none) to 1
     * (all): the IDF-weighted share of the article's title terms found in the story's centroid, and
     * the best such share of a story member's title found in the article (in its title and
     * headlined item when it is a round-up); the lower of the two.
     * Retellings name the same people and places in their headlines; near misses (a stray camel in
     * Tabuk, another in Jazan) share the event words but not the names.
     */
    private double titleFactor(Entry e, Cluster c) {
        if (parameters.titleCoverage() == 0 || e.titleTerms.length == 0 || c.titles.isEmpty()) {
            return 1;
        }
        double forward = coverage(e.titleTerms, c.centroid.terms);
        double backward = 0;
        for (int[] title : c.titles) {
            backward = Math.max(backward, coverage(title, e.toldTerms != null ? e.toldTerms : e.vector.terms));
        }
        return 1 - parameters.titleCoverage() + parameters.titleCoverage() * Math.min(forward, backward);
    }

    /** The IDF-weighted share of {@code title}'s terms found in {@code terms} (ascending ids). */
    private double coverage(int[] title, int[] terms) {
        double all = 0, found = 0;
        for (int t : title) {
            double idf = vocabulary.idf(t);
            all += idf;
            if (Arrays.binarySearch(terms, t) >= 0) {
                found += idf;
            }
        }
        return all == 0 ? 1 : found / all;
    }

    /** The TF-IDF norm of a story's centroid, kept until the story or the IDF (a new batch) changes. */
    private double centroidNorm(Cluster c) {
        if (c.normBatch != batches) {
            c.norm = c.centroid.norm(vocabulary);
            c.normBatch = batches;
        }
        return c.norm;
    }

    private double timeFactor(int day, Cluster c) {
        if (day == NO_DATE || c.firstDay == NO_DATE) {
            return 1;
        }
        int gap = day < c.firstDay ? c.firstDay - day : Math.max(0, day - c.lastDay);
        if (gap > parameters.windowDays()) {
            return 0;
        }
        int over = gap - parameters.graceDays();
        return over <= 0 ? 1 : Math.pow(0.5, over / parameters.halfLifeDays());
    }

    private boolean withinWindow(int a, int b) {
        return a == NO_DATE || b == NO_DATE || Math.abs(a - b) <= parameters.windowDays();
    }

    private Cluster merge(Cluster a, Cluster b) {
        Cluster into = a.index < b.index ? a : b;
        Cluster from = into == a ? b : a;
        into.absorb(from);
        from.mergedInto = into.index;
        mergedInto[from.index] = into.index;
        return into;
    }

    /** The index of the story that story {@code index} is now part of: {@link #find} over primitives, for the candidate search. */
    private int root(int index) {
        int c = index;
        while (mergedInto[c] >= 0) {
            c = mergedInto[c];
        }
        return c;
    }

    private Cluster find(int index) {
        Cluster c = clusters.get(index);
        while (c.mergedInto >= 0) {
            c = clusters.get(c.mergedInto);
        }
        return c;
    }

    private Entry entryOf(String id) {
        Integer index = seen.get(id);
        return index == null ? null : entries.get(index);
    }

    private static int[] append(int[] old, int index) {
        if (old == null) {
            return new int[] {1, index};
        }
        int count = old[0] + 1;
        int[] grown = count < old.length ? old : Arrays.copyOf(old, old.length * 2);
        grown[0] = count;
        grown[count] = index;
        return grown;
    }

    /** Article id to story id (its earliest article's id), for every article added; cheaper than {@link #stories()}. */
    public Map<String, String> assignment() {
        Map<Integer, StoryArticle> earliest = new HashMap<>();
        for (Entry e : entries) {
            earliest.merge(find(e.cluster).index, e.article, (a, b) -> CANONICAL.compare(a, b) <= 0 ? a : b);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.put(e.article.id(), earliest.get(find(e.cluster).index).id());
        }
        return out;
    }

    /** The stories so far, by first date (undated last) then id. */
    public List<Story> stories() {
        Map<Integer, List<Entry>> byCluster = new LinkedHashMap<>();
        for (Entry e : entries) {
            byCluster.computeIfAbsent(find(e.cluster).index, k -> new ArrayList<>()).add(e);
        }
        StorySummarizer summarizer = new StorySummarizer(vocabulary);
        // each story is built from its own articles and reads the vocabulary only (IDF filled first,
        // sentence words looked up, never added), so stories are built on every core
        vocabulary.fillIdfs();
        List<Story> out = new ArrayList<>(byCluster.entrySet().parallelStream()
                .map(group -> story(clusters.get(group.getKey()), group.getValue(), summarizer))
                .toList());
        out.sort(Comparator.comparing(Story::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Story::id));
        return out;
    }

    private Story story(Cluster c, List<Entry> members, StorySummarizer summarizer) {
        members.sort(Comparator.comparing((Entry e) -> e.article, CANONICAL));
        List<StoryArticle> articles = members.stream().map(e -> e.article).toList();
        Entry central = null;
        double best = -1;
        for (Entry e : members) {
            double s = e.vector.cosine(c.centroid, vocabulary);
            if (e.article.title() != null && s > best) {
                best = s;
                central = e;
            }
        }
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        List<Duplicate> dups = new ArrayList<>();
        for (StoryArticle a : articles) {
            if (a.outlet() != null) {
                outlets.add(a.outlet());
            }
            Duplicate d = duplicateOf.get(a.id());
            if (d != null) {
                dups.add(d);
            }
        }
        List<String> topTerms = new ArrayList<>();
        for (int t : c.centroid.top(8, vocabulary)) {
            topTerms.add(vocabulary.term(c.centroid.terms[t]));
        }
        LocalDate first = c.firstDay == NO_DATE ? null : LocalDate.ofEpochDay(c.firstDay);
        LocalDate last = c.firstDay == NO_DATE ? null : LocalDate.ofEpochDay(c.lastDay);
        return new Story(articles.get(0).id(), central == null ? null : central.article.title(), first, last,
                new ArrayList<>(outlets), articles, topTerms, summarizer.summary(articles, c.centroid), dups);
    }

    /** An article as the clusterer holds it. */
    static final class Entry {
        final StoryArticle article;
        final TermVector vector;
        final int day;
        DuplicateDetector.Fingerprint fingerprint;
        int[] titleTerms = new int[0];
        /**
         * For a round-up ({@link NewsItems}), the distinct word ids of its title and headlined item,
         * ascending: what a story's headline is looked for in, since the items it appends belong to
         * other stories; null for an article of one item (its vector's terms serve), and when
         * {@link StoryParameters#asideWeight()} is 1 (the items are not told apart).
         */
        int[] toldTerms;
        /** For an undated article, the days its text names (see {@link DayMentions}). */
        Set<java.time.MonthDay> days = Set.of();
        /** The ordinals its headline names ({@link Ordinals}). */
        Set<Integer> ordinals = Set.of();
        /** The places its headline names ({@link HeadlinePlaces}). */
        List<HeadlinePlaces.Place> places = HeadlinePlaces.NONE;
        int cluster = -1;

        Entry(StoryArticle article, TermVector vector, DuplicateDetector.Fingerprint fingerprint, int day) {
            this.article = article;
            this.vector = vector;
            this.fingerprint = fingerprint;
            this.day = day;
        }
    }

    /** A story under construction; merged clusters point to the one they went into. */
    static final class Cluster {
        final int index;
        TermVector centroid = TermVector.EMPTY;
        int firstDay = NO_DATE;
        int lastDay = NO_DATE;
        final Set<String> entities = new HashSet<>();
        /** The ordinals its articles' headlines name. */
        final Set<Integer> ordinals = new HashSet<>(0);
        /** The places its articles' headlines name. */
        final List<HeadlinePlaces.Place> places = new ArrayList<>(0);
        final List<int[]> titles = new ArrayList<>();
        /** The distinct lead events of its articles. */
        final List<LeadEvent> leadEvents = new ArrayList<>(0);
        int mergedInto = -1;
        /** Cached TF-IDF norm of the centroid and the batch it was computed in; -1 when stale. */
        double norm;
        int normBatch = -1;

        Cluster(int index) {
            this.index = index;
        }

        void add(Entry e, int entryIndex) {
            double raw = e.vector.rawNorm();
            if (raw > 0) {
                centroid = centroid.plus(e.vector, 1 / raw);
            }
            normBatch = -1;
            entities.addAll(e.article.entities());
            ordinals.addAll(e.ordinals);
            HeadlinePlaces.addNew(places, e.places);
            addLeadEvents(e.article.leadEvents());
            if (e.titleTerms.length > 0) {
                titles.add(e.titleTerms);
            }
            span(e.day, e.day);
        }

        void absorb(Cluster other) {
            centroid = centroid.plus(other.centroid, 1);
            normBatch = -1;
            entities.addAll(other.entities);
            ordinals.addAll(other.ordinals);
            HeadlinePlaces.addNew(places, other.places);
            addLeadEvents(other.leadEvents);
            titles.addAll(other.titles);
            span(other.firstDay, other.lastDay);
        }

        private void addLeadEvents(List<LeadEvent> events) {
            for (LeadEvent event : events) {
                if (!leadEvents.contains(event)) {
                    leadEvents.add(event);
                }
            }
        }

        /** Whether one of its articles leads with one of {@code events}. */
        boolean leadsWithAnyOf(List<LeadEvent> events) {
            for (LeadEvent mine : leadEvents) {
                for (LeadEvent theirs : events) {
                    if (mine.sameEvent(theirs)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void span(int from, int to) {
            if (from == NO_DATE) {
                return;
            }
            firstDay = firstDay == NO_DATE ? from : Math.min(firstDay, from);
            lastDay = lastDay == NO_DATE ? to : Math.max(lastDay, to);
        }
    }
}


package org.marsad.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds exact and near duplicates among articles as they are added.
 * <ul>
 *   <li>exact: the same sequence of {@link MatchTerms} (normalized, article proclitics cut,
 *       punctuation and spacing ignored), found by a 64-bit hash of that sequence;</li>
 *   <li>near: MinHash over word shingles with LSH banding ({@link DedupParameters}): a candidate
 *       shares one whole band with an earlier article, and is kept when the estimated Jaccard is at
 *       least the threshold; the most similar earlier article is the original;</li>
 *   <li>wire copy: an exact or near duplicate from another outlet.</li>
 * </ul>
 * No all-pairs comparison: each article is compared only with the articles it shares a band with.
 * Not thread-safe; the result depends on the order of adding only in which article of a group is
 * called the original (add in a stable order, as {@code StoryClusterer} does, for stable output).
 */
public final class DuplicateDetector {

    private final DedupParameters parameters;
    private final MinHasher hasher;
    private final Map<Long, Integer> exact = new HashMap<>();
    /** Per band, the articles whose band hashes to a key: band index mixed into the key. */
    private final Map<Long, int[]> buckets = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> outlets = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();

    public DuplicateDetector() {
        this(DedupParameters.standard());
    }

    public DuplicateDetector(DedupParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.hasher = new MinHasher(parameters.shingleWords(), parameters.hashCount(), parameters.seed());
    }

    /**
     * The terms an article is matched on: its body's, or its headline's when the body has none (a
     * headline-only item; an empty key would make every such item a copy of every other).
     *
     * @param titleTerms the headline's terms, empty when there is no headline
     */
    public static String[] keyTerms(String[] bodyTerms, String[] titleTerms) {
        return bodyTerms.length > 0 ? bodyTerms : titleTerms;
    }

    /** Adds an article; returns the duplicate it is of an earlier one, if any. */
    public Optional<Duplicate> add(String id, String outlet, CharSequence text) {
        return add(id, outlet, MatchTerms.of(text));
    }

    /** {@link #add(String, String, CharSequence)} for a text already split into its terms. */
    public Optional<Duplicate> add(String id, String outlet, String[] terms) {
        List<Duplicate> all = addMatching(id, outlet, terms);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Adds an article and returns every earlier article it duplicates, the best first: an exact
     * duplicate, then near ones by estimated Jaccard (ties by adding order).
     */
    public List<Duplicate> addMatching(String id, String outlet, String[] terms) {
        return addMatching(id, outlet, fingerprint(terms));
    }

    /**
     * What the detector keeps of a text: the hash of its terms (exact copies) and its MinHash
     * signature (near ones). A pure function of the terms, safe to compute on any thread, so a
     * caller adding many articles can compute these in parallel and add them in order.
     */
    public record Fingerprint(long textHash, long[] signature) {
    }

    /** The fingerprint of a text split into its terms. */
    public Fingerprint fingerprint(String[] terms) {
        return new Fingerprint(Hashing.fnv(String.join(" ", terms)), hasher.signature(terms));
    }

    /** {@link #addMatching(String, String, String[])} with the text's fingerprint computed beforehand. */
    public List<Duplicate> addMatching(String id, String outlet, Fingerprint fingerprint) {
        long textHash = fingerprint.textHash();
        int index = ids.size();
        Integer same = exact.putIfAbsent(textHash, index);
        long[] sig = fingerprint.signature();
        ids.add(id);
        outlets.add(outlet);
        signatures.add(sig);
        List<Duplicate> found = new ArrayList<>();
        if (same != null) {
            found.add(new Duplicate(id, ids.get(same), true, 1.0, differ(outlet, outlets.get(same))));
        }
        List<Duplicate> near = new ArrayList<>();
        for (int candidate : candidates(sig)) {
            if (same != null && candidate == same) {
                continue;
            }
            double s = MinHasher.similarity(sig, signatures.get(candidate));
            if (s >= parameters.threshold()) {
                near.add(new Duplicate(id, ids.get(candidate), false, s, differ(outlet, outlets.get(candidate))));
            }
        }
        near.sort(java.util.Comparator.comparingDouble(Duplicate::similarity).reversed()); // stable: adding order on ties
        found.addAll(near);
        indexBands(index, sig);
        return found;
    }

    /** The articles sharing at least one whole band with {@code sig}, each once, in adding order. */
    int[] candidates(long[] sig) {
        java.util.BitSet seen = new java.util.BitSet();
        for (int b = 0; b < parameters.bands(); b++) {
            int[] bucket = buckets.get(bandKey(sig, b));
            if (bucket != null) {
                for (int i = 1; i <= bucket[0]; i++) {
                    seen.set(bucket[i]);
                }
            }
        }
        return seen.stream().toArray();
    }

    private void indexBands(int index, long[] sig) {
        for (int b = 0; b < parameters.bands(); b++) {
            // a bucket is [count, members...], grown by doubling
            buckets.merge(bandKey(sig, b), new int[] {1, index}, (old, one) -> {
                int count = old[0] + 1;
                int[] grown = count < old.length ? old : java.util.Arrays.copyOf(old, old.length * 2);
                grown[0] = count;
                grown[count] = index;
                return grown;
            });
        }
    }

    private long bandKey(long[] sig, int band) {
        long h = band;
        for (int r = band * parameters.rows(), end = r + parameters.rows(); r < end; r++) {
            h = Hashing.mix(h * 31 + sig[r]);
        }
        return h;
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }
}

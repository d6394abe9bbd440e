package org.marsad.entity.tagger;

import java.util.Arrays;
import java.util.List;

import org.marsad.entity.CliticTokens;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityType;
import org.marsad.entity.WordEvidence;

/**
 * The features of each word of a text, as {@link FeatureHash hashes}; each is an observation about
 * the word and its neighbours, and the model weighs it once per tag. Per word:
 * <ul>
 *   <li>form as written, matching key, the stem under each proclitic reading (وبوتين: بوتين) and the
 *       proclitic taken off, prefixes of 1 to 3 and suffixes of 1 to 4 chars of the key, shape
 *       (Arabic, Latin, digits, mixed) and length;</li>
 *   <li>the keys of the words 2 before to 2 after (within the segment), the stems of the words next
 *       to it, and the key bigrams with each neighbour;</li>
 *   <li>the punctuation just before and just after the word;</li>
 *   <li>{@link WordEvidence}: the types of the listed spellings the word and its neighbours begin or
 *       continue, the subtype, the cue phrase of the word and of the two words before (a title
 *       before a name), given names here and next door, stopword, nisba, and the tag of the
 *       lexicon-and-rules recognizer here and next door;</li>
 *   <li>whether the word and its neighbours are in the name lists given at training ({@link NameList});</li>
 *   <li>the classes of the word and its neighbours learnt from unlabeled text ({@link WordClusters}),
 *       and the word's fine class with the word before it.</li>
 * </ul>
 * {@link #VERSION} names this feature set; a model records the version it was trained with and a
 * model of another version is refused, since its weights would fall on other features.
 */
final class WordFeatures {

    /** Bump on any change to the features below. */
    static final int VERSION = 5;

    private static final int MAX_PREFIX = 3;
    private static final int MAX_SUFFIX = 4;
    private static final int MAX_LENGTH_BUCKET = 10;
    private static final int MAX_GAP_CHARS = 4;
    /** Stands for a neighbour beyond the segment. */
    private static final String BOUNDARY = "\u0002";

    // Templates: each feature's hash starts from one of these.
    private static final int BIAS = 0;
    private static final int FORM = 1;
    private static final int KEY = 2;
    private static final int STEM = 3;
    private static final int PROCLITIC = 4;
    private static final int PREFIX = 5;
    private static final int SUFFIX = 6;
    private static final int SHAPE = 7;
    private static final int LENGTH = 8;
    private static final int KEY_AT = 9;         // + offset: the key of a neighbour
    private static final int STEM_BEFORE = 10;
    private static final int STEM_AFTER = 11;
    private static final int BIGRAM_BEFORE = 12;
    private static final int BIGRAM_AFTER = 13;
    private static final int GAP_BEFORE = 14;
    private static final int GAP_AFTER = 15;
    private static final int LEXICON_AT = 16;    // + offset
    private static final int SUBTYPE = 17;
    private static final int CUE_AT = 18;        // + offset
    private static final int GIVEN_AT = 19;      // + offset
    private static final int STOPWORD = 20;
    private static final int NISBA_AT = 21;      // + offset
    private static final int RULE_LABEL = 22;
    private static final int RULE_TAG_AT = 23;   // + offset
    private static final int NAME_LIST_AT = 24;  // + offset
    private static final int COARSE_CLASS_AT = 25;  // + offset
    private static final int FINE_CLASS = 26;
    private static final int FINE_CLASS_KEY = 27;

    // Document templates, from the first stage's tags (see withDocument)
    private static final int FIRST_TAG_AT = 40;      // + offset
    private static final int DOC_TYPE = 41;
    private static final int DOC_MAJORITY = 42;
    private static final int DOC_SHARE = 43;

    private static final int[] NEIGHBOURS = {-2, -1, 1, 2};
    /** Occurrence counts above this are one bucket. */
    private static final int MAX_COUNT_BUCKET = 3;

    private final EntityRecognizer recognizer;
    private final NameList names;
    private final WordClusters clusters;

    WordFeatures(EntityRecognizer recognizer, NameList names, WordClusters clusters) {
        this.recognizer = recognizer;
        this.names = names;
        this.clusters = clusters;
    }

    TaggerInput extract(String text) {
        CliticTokens t = CliticTokens.of(text);
        return extract(t, recognizer.recognize(text));
    }

    /** The features of the words of {@code t}, given what the lexicon-and-rules recognizer found in its text. */
    TaggerInput extract(CliticTokens t, List<EntityMention> ruleMentions) {
        WordEvidence e = WordEvidence.of(t, ruleMentions);
        int n = t.size();
        boolean[] segmentStart = new boolean[n];
        for (int i = 0; i < n; i++) {
            segmentStart[i] = i == 0 || lineBreakBefore(t, i);
        }
        Rows rows = new Rows(n);
        int[] classOf = new int[n];
        for (int i = 0; i < n && clusters.size() > 0; i++) {
            classOf[i] = wordClass(t, i);
        }
        int segment = 0;
        int end = 0;
        for (int i = 0; i < n; i++) {
            if (segmentStart[i]) {
                segment = i;
                end = i + 1;
                while (end < n && !segmentStart[end]) {
                    end++;
                }
            }
            word(t, e, i, segment, end, rows);
            if (names.size() > 0) {
                nameList(t, i, segment, end, rows);
            }
            if (clusters.size() > 0) {
                wordClasses(t, classOf, i, segment, end, rows);
            }
            rows.endWord();
        }
        return new TaggerInput(t, rows.hashes(), rows.rowStart, segmentStart);
    }

    private static boolean lineBreakBefore(CliticTokens t, int i) {
        for (int c = t.end(i - 1); c < t.start(i); c++) {
            if (t.text().charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void word(CliticTokens t, WordEvidence e, int i, int from, int to, Rows out) {
        String key = t.key(i);
        out.add(FeatureHash.template(BIAS));
        out.add(FeatureHash.add(FeatureHash.template(FORM), t.text(), t.start(i), t.end(i)));
        out.add(FeatureHash.add(FeatureHash.template(KEY), key));
        for (CliticTokens.Reading r : t.readings(i)) {
            if (r.stripped()) {
                out.add(FeatureHash.add(FeatureHash.template(STEM), r.key()));
                out.add(FeatureHash.add(FeatureHash.template(PROCLITIC), r.proclitic()));
            }
        }
        for (int k = 1; k <= MAX_PREFIX && k < key.length(); k++) {
            out.add(FeatureHash.add(FeatureHash.template(PREFIX), key, 0, k));
        }
        for (int k = 1; k <= MAX_SUFFIX && k < key.length(); k++) {
            out.add(FeatureHash.add(FeatureHash.template(SUFFIX), key, key.length() - k, key.length()));
        }
        out.add(FeatureHash.add(FeatureHash.template(SHAPE), shape(key)));
        out.add(FeatureHash.add(FeatureHash.template(LENGTH), Math.min(key.length(), MAX_LENGTH_BUCKET)));

        for (int d : NEIGHBOURS) {
            int j = i + d;
            String k = j >= from && j < to ? t.key(j) : BOUNDARY;
            out.add(FeatureHash.add(FeatureHash.template(KEY_AT + 100 * d), k));
        }
        out.add(FeatureHash.add(FeatureHash.template(STEM_BEFORE), i > from ? stem(t, i - 1) : BOUNDARY));
        out.add(FeatureHash.add(FeatureHash.template(STEM_AFTER), i + 1 < to ? stem(t, i + 1) : BOUNDARY));
        out.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(BIGRAM_BEFORE), i > from ? t.key(i - 1) : BOUNDARY), key));
        out.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(BIGRAM_AFTER), key), i + 1 < to ? t.key(i + 1) : BOUNDARY));
        out.add(gap(GAP_BEFORE, t, i > 0 ? t.end(i - 1) : 0, t.start(i)));
        out.add(gap(GAP_AFTER, t, t.end(i), i + 1 < t.size() ? t.start(i + 1) : t.text().length()));

        for (int d = -1; d <= 1; d++) {
            int j = i + d;
            if (j < from || j >= to) {
                continue;
            }
            int bits = e.lexiconBits(j);
            for (EntityType type : EntityType.values()) {
                if ((bits & WordEvidence.beginBit(type)) != 0) {
                    out.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(LEXICON_AT + 100 * d), type.ordinal()), 0));
                }
                if ((bits & WordEvidence.insideBit(type)) != 0) {
                    out.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(LEXICON_AT + 100 * d), type.ordinal()), 1));
                }
            }
            if (e.givenName(j)) {
                out.add(FeatureHash.template(GIVEN_AT + 100 * d));
            }
            if (e.nisba(j)) {
                out.add(FeatureHash.template(NISBA_AT + 100 * d));
            }
            String rule = e.ruleTag(j);
            out.add(FeatureHash.add(FeatureHash.template(RULE_TAG_AT + 100 * d), rule == null ? "O" : rule));
        }
        if (e.subtype(i) != null) {
            out.add(FeatureHash.add(FeatureHash.template(SUBTYPE), e.subtype(i)));
        }
        for (int d = -2; d <= 0; d++) {
            int j = i + d;
            if (j >= from && e.cue(j) != null) {
                out.add(FeatureHash.add(FeatureHash.template(CUE_AT + 100 * d), e.cue(j)));
            }
        }
        if (e.stopword(i)) {
            out.add(FeatureHash.template(STOPWORD));
        }
        if (e.ruleLabel(i) != null) {
            out.add(FeatureHash.add(FeatureHash.template(RULE_LABEL), e.ruleLabel(i)));
        }
    }

    /** The {@link WordClusters} entry of word i (by key, else by stem), or -1. */
    private int wordClass(CliticTokens t, int i) {
        int w = clusters.find(t.key(i));
        return w >= 0 ? w : clusters.find(stem(t, i));
    }

    /**
     * The coarsest class of word i and of its neighbours, each finer class of word i, and the
     * finest class of word i with the word before it.
     */
    private void wordClasses(CliticTokens t, int[] classOf, int i, int from, int to, Rows out) {
        for (int d = -1; d <= 1; d++) {
            int j = i + d;
            if (j >= from && j < to) {
                int c = classOf[j] < 0 ? -1 : clusters.classOf(0, classOf[j]);
                out.add(FeatureHash.add(FeatureHash.template(COARSE_CLASS_AT + 100 * d), c));
            }
        }
        int finest = -1;
        for (int level = 1; level < clusters.levels(); level++) {
            finest = classOf[i] < 0 ? -1 : clusters.classOf(level, classOf[i]);
            out.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(FINE_CLASS), level), finest));
        }
        if (i > from) {
            out.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(FINE_CLASS_KEY), finest), t.key(i - 1)));
        }
    }

    /** Whether the words next to word i and itself are in the user's name lists (by key or stem). */
    private void nameList(CliticTokens t, int i, int from, int to, Rows out) {
        for (int d = -1; d <= 1; d++) {
            int j = i + d;
            if (j >= from && j < to && (names.contains(t.key(j)) || names.contains(stem(t, j)))) {
                out.add(FeatureHash.template(NAME_LIST_AT + 100 * d));
            }
        }
    }

    /**
     * The input with document features added to each word, from the tags a first-stage model gave
     * the whole text. Names recur in an article, and once in a telling context (سيغموند فرويد,
     * مدينة مشهد) more often than always: these features let the second stage read every
     * occurrence of a word in the light of the others (Krishnan and Manning 2006; Ratinov and
     * Roth 2009). Per word, with occurrences counted by stem (the key with the longest proclitic
     * reading taken off, so that ومشهد meets مشهد):
     * <ul>
     *   <li>the first stage's tag of the word and of its neighbours;</li>
     *   <li>each type some other occurrence of the stem was tagged with, with a count bucket;</li>
     *   <li>the most frequent tag type among the other occurrences (O included), and the share of
     *       them tagged as part of a name, in four buckets.</li>
     * </ul>
     * The word's own first-stage tag is not counted among "the others", so the document features
     * carry only what the rest of the text says.
     */
    static TaggerInput withDocument(TaggerInput in, int[] firstTags) {
        CliticTokens t = in.tokens();
        int n = t.size();
        String[] stems = new String[n];
        java.util.Map<String, int[]> byStem = new java.util.HashMap<>();
        int types = EntityType.values().length;
        for (int i = 0; i < n; i++) {
            stems[i] = stem(t, i);
            int[] c = byStem.computeIfAbsent(stems[i], k -> new int[types + 1]);
            c[firstTags[i] == BilouTags.O ? types : BilouTags.type(firstTags[i]).ordinal()]++;
        }
        Rows rows = new Rows(n);
        int[] others = new int[types + 1];
        for (int i = 0; i < n; i++) {
            for (int k = in.rowStart()[i]; k < in.rowStart()[i + 1]; k++) {
                rows.addFinished(in.hashes()[k]);
            }
            for (int d = -1; d <= 1; d++) {
                int j = i + d;
                boolean inside = d == 0 || (d < 0 ? j >= 0 && !in.segmentStart()[i] : j < n && !in.segmentStart()[j]);
                rows.add( FeatureHash.add(FeatureHash.template(FIRST_TAG_AT + 100 * d),
                        inside ? BilouTags.name(firstTags[j]) : BOUNDARY));
            }
            int[] c = byStem.get(stems[i]);
            System.arraycopy(c, 0, others, 0, types + 1);
            others[firstTags[i] == BilouTags.O ? types : BilouTags.type(firstTags[i]).ordinal()]--;
            int total = 0;
            int named = 0;
            int majority = types;
            for (int x = 0; x <= types; x++) {
                total += others[x];
                if (x < types) {
                    named += others[x];
                    if (others[x] > 0) {
                        rows.add(FeatureHash.add(FeatureHash.add(FeatureHash.template(DOC_TYPE), x),
                                Math.min(others[x], MAX_COUNT_BUCKET)));
                    }
                }
                if (others[x] > others[majority]) {
                    majority = x;
                }
            }
            if (total > 0) {
                rows.add(FeatureHash.add(FeatureHash.template(DOC_MAJORITY), majority));
                int share = named == 0 ? 0 : named == total ? 3 : 2 * named < total ? 1 : 2;
                rows.add(FeatureHash.add(FeatureHash.template(DOC_SHARE), share));
            }
            rows.endWord();
        }
        return new TaggerInput(t, rows.hashes(), rows.rowStart, in.segmentStart());
    }

    /** The key of word i with the longest proclitic reading taken off, or the key itself. */
    private static String stem(CliticTokens t, int i) {
        var readings = t.readings(i);
        return readings.get(readings.size() - 1).key();
    }

    private static long gap(int template, CliticTokens t, int from, int to) {
        long h = FeatureHash.template(template);
        int taken = 0;
        for (int c = from; c < to && taken < MAX_GAP_CHARS; c++) {
            char ch = t.text().charAt(c);
            if (ch != ' ' && ch != '\u00A0') {
                h = FeatureHash.add(h, ch);
                taken++;
            }
        }
        return h;
    }

    /** Letter classes of the key, runs collapsed: "a" (Arabic), "l" (Latin), "d" (digits), "ad", ... */
    private static String shape(String key) {
        char last = 0;
        StringBuilder sb = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char cls = c >= '\u0600' && c <= '\u06FF' ? 'a' : c >= '0' && c <= '9' ? 'd'
                    : Character.isLetter(c) ? 'l' : 'o';
            if (cls != last) {
                if (last != 0 && sb == null) {
                    sb = new StringBuilder(4).append(last);
                }
                if (sb != null) {
                    sb.append(cls);
                }
                last = cls;
            }
        }
        if (sb == null) {
            return switch (last) {
                case 'a' -> "a";
                case 'd' -> "d";
                case 'l' -> "l";
                default -> "o";
            };
        }
        return sb.length() > MAX_GAP_CHARS ? sb.substring(0, MAX_GAP_CHARS) : sb.toString();
    }

    /** Growable rows of hashes, one row per word. */
    private static final class Rows {
        private long[] hashes = new long[1024];
        private int size;
        final int[] rowStart;
        private int word;

        Rows(int words) {
            rowStart = new int[words + 1];
        }

        void add(long hash) {
            addFinished(FeatureHash.finish(hash));
        }

        void addFinished(long hash) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
        }

        void endWord() {
            rowStart[++word] = size;
        }

        long[] hashes() {
            return hashes;
        }
    }
}

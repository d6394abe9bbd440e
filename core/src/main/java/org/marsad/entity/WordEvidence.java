package org.marsad.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.marsad.lexicon.PhraseTable;

/**
 * What Marsad's lexicons and rules say about each word of a text, for a statistical tagger to
 * weigh (the tagger decides; this only reports):
 * <ul>
 *   <li>lexicon: for each type, whether the word begins or continues a spelling the lexicon lists
 *       ({@link EntityLexicon}, exact keys, a proclitic reading allowed on the first word); every
 *       listed spelling found counts, overlapping ones too, and the subtype of the longest is kept;</li>
 *   <li>cues ({@code cues.tsv}): whether the word begins or continues a title, place noun or
 *       organization noun phrase;</li>
 *   <li>given name ({@code given-names.tsv}), stopword ({@code stopwords.tsv}), nisba adjective
 *       with the article (الروسي);</li>
 *   <li>the reading of the lexicon-and-rules {@link EntityRecognizer}: the type of the mention
 *       covering the word, whether the word begins it, and how it was resolved.</li>
 * </ul>
 * Labels are constant strings (no allocation per word beyond the recognizer's own). Immutable.
 */
public final class WordEvidence {

    /** Bit of {@link #lexiconBits} for a word that begins a listed spelling of {@code type}. */
    public static int beginBit(EntityType type) {
        return 1 << (type.ordinal() * 2);
    }

    /** Bit of {@link #lexiconBits} for a word that continues a listed spelling of {@code type}. */
    public static int insideBit(EntityType type) {
        return 1 << (type.ordinal() * 2 + 1);
    }

    private static final String[] CUE_LABELS = labels(Cues.Kind.values().length, i -> Cues.Kind.values()[i].name());
    private static final int RESOLUTIONS = EntityMention.Resolution.values().length;
    /** [type][begin or inside][resolution]: "B-PER/LEXICON". */
    private static final String[][][] RULE_LABELS = new String[EntityType.values().length][2][RESOLUTIONS];
    /** [type][begin or inside]: "B-PER". */
    private static final String[][] RULE_TAGS = new String[EntityType.values().length][2];

    static {
        for (EntityType t : EntityType.values()) {
            for (int bi = 0; bi < 2; bi++) {
                RULE_TAGS[t.ordinal()][bi] = (bi == 0 ? "B-" : "I-") + t.name();
                for (EntityMention.Resolution r : EntityMention.Resolution.values()) {
                    RULE_LABELS[t.ordinal()][bi][r.ordinal()] = RULE_TAGS[t.ordinal()][bi] + "/" + r.name();
                }
            }
        }
    }

    private static String[] labels(int kinds, java.util.function.IntFunction<String> name) {
        String[] out = new String[kinds * 2];
        for (int k = 0; k < kinds; k++) {
            String n = name.apply(k).toLowerCase(Locale.ROOT);
            out[k * 2] = "B-" + n;
            out[k * 2 + 1] = "I-" + n;
        }
        return out;
    }

    private final int[] lexiconBits;
    private final String[] subtypes;
    private final String[] cues;
    private final boolean[] givenNames;
    private final boolean[] stopwords;
    private final boolean[] nisbas;
    private final String[] ruleLabels;
    private final String[] ruleTags;

    private WordEvidence(int size) {
        lexiconBits = new int[size];
        subtypes = new String[size];
        cues = new String[size];
        givenNames = new boolean[size];
        stopwords = new boolean[size];
        nisbas = new boolean[size];
        ruleLabels = new String[size];
        ruleTags = new String[size];
    }

    /** The evidence of the shipped lexicon, cues and recognizer for the words of {@code tokens}. */
    public static WordEvidence of(CliticTokens tokens, EntityRecognizer recognizer) {
        return of(tokens, recognizer.recognize(tokens.text()));
    }

    /** As above, with the mentions the lexicon-and-rules recognizer found in {@code tokens.text()}. */
    public static WordEvidence of(CliticTokens tokens, List<EntityMention> ruleMentions) {
        return of(tokens, EntityLexicon.standard(), Cues.standard(), ruleMentions);
    }

    static WordEvidence of(CliticTokens tokens, EntityLexicon lexicon, Cues cueTable, List<EntityMention> ruleMentions) {
        Objects.requireNonNull(tokens, "tokens");
        WordEvidence e = new WordEvidence(tokens.size());
        String[] keys = tokens.keys();
        for (int i = 0; i < tokens.size(); i++) {
            e.givenNames[i] = cueTable.isGivenName(keys[i]);
            e.stopwords[i] = cueTable.isStopword(keys[i]);
            e.nisbas[i] = Cues.isNisba(keys[i]);
            e.lexicon(tokens, keys, i, lexicon, cueTable);
            e.cue(tokens, keys, i, cueTable);
        }
        e.rules(tokens, ruleMentions);
        return e;
    }

    private void lexicon(CliticTokens t, String[] keys, int i, EntityLexicon lexicon, Cues cueTable) {
        int longest = 0;
        for (CliticTokens.Reading r : t.readings(i)) {
            for (EntityLexicon.Variant v : lexicon.exactStartingWith(r.key())) {
                if (v.entity() == null || (v.size() == 1 && cueTable.isStopword(r.key()))
                        || !continues(t, keys, i, v.keys())) {
                    continue;
                }
                EntityType type = v.entity().type();
                lexiconBits[i] |= beginBit(type);
                for (int k = 1; k < v.size(); k++) {
                    lexiconBits[i + k] |= insideBit(type);
                }
                if (v.size() > longest) {
                    longest = v.size();
                    for (int k = 0; k < v.size(); k++) {
                        if (subtypes[i + k] == null) {
                            subtypes[i + k] = v.entity().subtype();
                        }
                    }
                }
            }
        }
    }

    /** Whether the words after word i are the rest of {@code variant}, joined as one name. */
    private static boolean continues(CliticTokens t, String[] keys, int i, String[] variant) {
        for (int k = 1; k < variant.length; k++) {
            int j = i + k;
            if (j >= t.size() || !t.joined(j) || !keys[j].equals(variant[k])) {
                return false;
            }
        }
        return true;
    }

    private void cue(CliticTokens t, String[] keys, int i, Cues cueTable) {
        for (CliticTokens.Reading r : t.readings(i)) {
            String saved = keys[i];
            keys[i] = r.key();
            PhraseTable.Match<Cues.Kind> m = cueTable.at(keys, i);
            keys[i] = saved;
            if (m != null) {
                int kind = m.value().ordinal();
                for (int k = 0; k < m.length(); k++) {
                    if (cues[i + k] == null) {
                        cues[i + k] = CUE_LABELS[kind * 2 + (k == 0 ? 0 : 1)];
                    }
                }
                return;
            }
        }
    }

    private void rules(CliticTokens t, List<EntityMention> mentions) {
        int w = 0;
        for (EntityMention m : mentions) {
            while (w > 0 && t.start(w) > m.start()) {
                w--;
            }
            while (w < t.size() && t.end(w) <= m.start()) {
                w++;
            }
            int type = m.entity().type().ordinal();
            for (int k = w; k < t.size() && t.start(k) < m.end(); k++) {
                int bi = k == w ? 0 : 1;
                ruleLabels[k] = RULE_LABELS[type][bi][m.how().ordinal()];
                ruleTags[k] = RULE_TAGS[type][bi];
            }
        }
    }

    /** Bits of {@link #beginBit} and {@link #insideBit}: the listed spellings word i begins or continues. */
    public int lexiconBits(int i) {
        return lexiconBits[i];
    }

    /** Subtype (country, city, agency, ...) of the longest listed spelling covering word i, or null. */
    public String subtype(int i) {
        return subtypes[i];
    }

    /** "B-title", "I-place", "B-org_name", ...: the cue phrase word i is part of, or null. */
    public String cue(int i) {
        return cues[i];
    }

    public boolean givenName(int i) {
        return givenNames[i];
    }

    public boolean stopword(int i) {
        return stopwords[i];
    }

    public boolean nisba(int i) {
        return nisbas[i];
    }

    /** "B-PER/LEXICON", "I-ORG/DISCOVERED", ...: the recognizer's mention covering word i, or null. */
    public String ruleLabel(int i) {
        return ruleLabels[i];
    }

    /** "B-PER", "I-LOC", ...: the recognizer's tag of word i, or null. */
    public String ruleTag(int i) {
        return ruleTags[i];
    }
}

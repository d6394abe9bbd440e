package org.marsad.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.Proclitics;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The words of the event stage: event words ({@code triggers.tsv}) and the cues around them
 * ({@code cues.tsv}), both matched on matching keys. The first word of a phrase may carry
 * proclitics (وزار، لزيارة، وبحسب) and, for event nouns, the article (الزيارة، اللقاء); the stem
 * must then be exactly a listed word, so a word that merely starts with these letters is never cut.
 * Immutable and thread-safe.
 */
final class EventLexicon {

    private static final String TRIGGERS = "triggers.tsv";
    private static final String CUES = "cues.tsv";
    private static final int TRIGGER_COLUMNS = 4;
    private static final int CUE_COLUMNS = 2;
    private static final String NONE = "-";
    private static final String ALTERNATIVES = "\\|";
    private static final String ARTICLE = "ال";
    /** A stem left after the article shorter than this is no word of ours. */
    private static final int MIN_STEM = 3;
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private static final class Holder {
        static final EventLexicon STANDARD = new EventLexicon(
                TsvResource.read(EventLexicon.class, TRIGGERS, TRIGGER_COLUMNS),
                TsvResource.read(EventLexicon.class, CUES, CUE_COLUMNS));
    }

    /** A phrase found at a word: what it stands for and how many words it covers. */
    record Match<V>(V value, int length) {
    }

    private record Entry<V>(String[] keys, V value) {
    }

    private final Map<String, List<Entry<Trigger>>> triggers = new HashMap<>();
    private final Map<String, List<Entry<Set<CueKind>>>> cues = new HashMap<>();

    EventLexicon(List<TsvRow> triggerRows, List<TsvRow> cueRows) {
        for (TsvRow row : triggerRows) {
            String[] keys = keys(row.cell(0));
            EventType type = parse(row, EventType.class, row.cell(1));
            VerbForm form = parse(row, VerbForm.class, row.cell(2));
            Set<String> objects = new HashSet<>();
            if (!row.cell(3).equals(NONE)) {
                for (String o : row.cell(3).split(ALTERNATIVES)) {
                    objects.add(NORMALIZER.key(o.strip()));
                }
            }
            add(triggers, keys, new Trigger(keys, type, form, Set.copyOf(objects)));
        }
        Map<String, Set<CueKind>> kindsByPhrase = new HashMap<>();
        for (TsvRow row : cueRows) {
            CueKind kind;
            try {
                kind = CueKind.parse(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue kind '" + row.cell(1) + "'");
            }
            String[] keys = keys(row.cell(0));
            Set<CueKind> kinds = kindsByPhrase.get(String.join(" ", keys));
            if (kinds == null) {
                kinds = EnumSet.noneOf(CueKind.class);
                kindsByPhrase.put(String.join(" ", keys), kinds);
                add(cues, keys, kinds);
            }
            kinds.add(kind);
        }
        triggers.values().forEach(l -> l.sort((a, b) -> b.keys.length - a.keys.length));
        cues.values().forEach(l -> l.sort((a, b) -> b.keys.length - a.keys.length));
    }

    static EventLexicon standard() {
        return Holder.STANDARD;
    }

    /** The longest event phrase starting at word {@code i} of {@code keys}, or null. */
    Match<Trigger> triggerAt(String[] keys, int i) {
        return at(triggers, keys, i, true);
    }

    /** The cue kinds of the longest cue phrase starting at word {@code i}, or null. */
    Match<Set<CueKind>> cueAt(String[] keys, int i) {
        return at(cues, keys, i, false);
    }

    private static <V> Match<V> at(Map<String, List<Entry<V>>> table, String[] keys, int i, boolean articleAllowed) {
        String key = keys[i];
        Match<V> m = atWith(table, key, keys, i, articleAllowed);
        if (m != null || !Proclitics.mayStartWithProclitic(key)) {
            return m;
        }
        for (int rule = 0; rule < Proclitics.RULE_COUNT; rule++) {
            String stem = Proclitics.stem(key, rule);
            if (stem != null && (m = atWith(table, stem, keys, i, articleAllowed)) != null) {
                return m;
            }
        }
        return null;
    }

    private static <V> Match<V> atWith(Map<String, List<Entry<V>>> table, String first, String[] keys, int i,
                                       boolean articleAllowed) {
        Match<V> m = matchRest(table.get(first), keys, i);
        if (m == null && articleAllowed && first.startsWith(ARTICLE) && first.length() - ARTICLE.length() >= MIN_STEM) {
            m = matchRest(table.get(first.substring(ARTICLE.length())), keys, i);
        }
        return m;
    }

    private static <V> Match<V> matchRest(List<Entry<V>> candidates, String[] keys, int i) {
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (i + e.keys.length > keys.length) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < e.keys.length && all; k++) {
                all = e.keys[k].equals(keys[i + k]);
            }
            if (all) {
                return new Match<>(e.value, e.keys.length);
            }
        }
        return null;
    }

    private static <V> void add(Map<String, List<Entry<V>>> table, String[] keys, V value) {
        table.computeIfAbsent(keys[0], k -> new ArrayList<>(2)).add(new Entry<>(keys, value));
    }

    private static String[] keys(String phrase) {
        return KeyTokens.of(NORMALIZER.key(phrase));
    }

    private static <E extends Enum<E>> E parse(TsvRow row, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + type.getSimpleName() + " '" + name + "'");
        }
    }
}

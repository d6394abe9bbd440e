package org.marsad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.PhraseTable;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The words and phrases of temporal expressions, read from {@code time-words.tsv}; a phrase with
 * several kinds (صباحا is a part of day and a clock half) is one {@link TimeWord}. Immutable.
 */
final class TimeLexicon {

    static final String RESOURCE = "time-words.tsv";
    private static final int COLUMNS = 3;
    private static final int PHRASE = 0;
    private static final int KIND = 1;
    private static final int VALUE = 2;
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

    private final PhraseTable<TimeWord> phrases;
    /** Every key token of every phrase, at any position: a token here is never cut into clitic and stem. */
    private final Set<String> tokens;

    private TimeLexicon(List<TsvRow> rows) {
        Map<String, TimeWord> byPhrase = new HashMap<>();
        List<TsvRow> firstRows = new ArrayList<>();
        Set<String> allTokens = new HashSet<>();
        for (TsvRow row : rows) {
            TimeWordKind kind = TimeWordKind.named(row.cell(KIND));
            if (kind == null) {
                throw row.error("unknown kind '" + row.cell(KIND) + "'");
            }
            String[] keys = KeyTokens.of(NORMALIZER.key(row.cell(PHRASE)));
            String phraseKey = String.join(" ", keys);
            TimeWord word = byPhrase.get(phraseKey);
            if (word == null) {
                word = new TimeWord();
                byPhrase.put(phraseKey, word);
                firstRows.add(row);
                allTokens.addAll(List.of(keys));
            }
            word.add(kind, row.cell(VALUE));
        }
        this.tokens = Set.copyOf(allTokens);
        this.phrases = new PhraseTable<>(firstRows, NORMALIZER::key,
                row -> byPhrase.get(String.join(" ", KeyTokens.of(NORMALIZER.key(row.cell(PHRASE))))));
    }

    static TimeLexicon standard() {
        return Standard.INSTANCE;
    }

    /** The longest phrase at {@code keys[from]}, or null. */
    PhraseTable.Match<TimeWord> at(String[] keys, int from) {
        return phrases.at(keys, from);
    }

    boolean isToken(String key) {
        return tokens.contains(key);
    }

    private static final class Standard {
        static final TimeLexicon INSTANCE = new TimeLexicon(TsvResource.read(TimeLexicon.class, RESOURCE, COLUMNS));
    }
}

package org.marsad.story;

import java.util.HashMap;
import java.util.Map;

import org.marsad.dedup.MatchTerms;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * The words of one action counted as one story term (the data file {@code event-words.tsv}):
 * اعتقال، القبض، يعتقل، توقيف all become اعتقال. Outlets retelling an event pick different words for
 * it, and in a short article the headline's action word is a large share of what two retellings
 * could have in common. Terms are compared on their {@link MatchTerms} keys; a proclitic و ف ب ل
 * glued to a listed word (واعتقال، لاعتداءات) is allowed, since {@link MatchTerms} keeps a bare
 * proclitic on.
 */
final class EventWords {

    /** No words mapped: every term stays itself. */
    static final EventWords NONE = new EventWords(Map.of());

    private static final EventWords STANDARD = read();

    /** Matching key of a listed word, and of each glued form of it, to the key of its action's first word. */
    private final Map<String, String> actionTerm;

    private EventWords(Map<String, String> actionTerm) {
        this.actionTerm = actionTerm;
    }

    /** The lexicon of {@code event-words.tsv}. */
    static EventWords standard() {
        return STANDARD;
    }

    private static EventWords read() {
        Map<String, String> firstOfAction = new HashMap<>();
        Map<String, String> actionTerm = new HashMap<>();
        for (TsvRow row : TsvResource.read(EventWords.class, "event-words.tsv", 2)) {
            String[] key = MatchTerms.of(row.cell(0));
            if (key.length != 1) {
                throw row.error("one word a row, not '" + row.cell(0) + "'");
            }
            String term = firstOfAction.computeIfAbsent(row.cell(1), action -> key[0]);
            actionTerm.put(key[0], term);
        }
        // the glued forms are keys too, so that looking a term up is one map probe and no substring
        Map<String, String> withProclitics = new HashMap<>(actionTerm);
        actionTerm.forEach((word, term) -> {
            for (int i = 0; i < MatchTerms.BARE_PROCLITICS.length(); i++) {
                withProclitics.putIfAbsent(MatchTerms.BARE_PROCLITICS.charAt(i) + word, term);
            }
        });
        return new EventWords(Map.copyOf(withProclitics));
    }

    /** The term {@code term} (a matching key) counts as: its action's term, or itself. */
    String term(String term) {
        return actionTerm.getOrDefault(term, term);
    }
}

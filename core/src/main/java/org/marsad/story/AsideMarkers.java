package org.marsad.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.dedup.MatchTerms;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * Where an article turns to other news: the phrases of the data file {@code aside-markers.tsv}
 * (من جهة أخرى، وفي شأن آخر) in its {@link MatchTerms}. Sports and local pages append other items
 * after such phrases, and two round-ups of one club share their appended items more than their
 * leads do; {@link NewsItems} cuts the body into items there, and story clustering weighs the items
 * the headline does not name lower ({@link StoryParameters#asideWeight()}).
 */
final class AsideMarkers {

    /** The proclitic و may be glued to a phrase's first word (ومن جهة أخرى). */
    private static final char WAW = '\u0648';

    private static final AsideMarkers STANDARD = new AsideMarkers(
            TsvResource.read(AsideMarkers.class, "aside-markers.tsv", 1));

    /** The phrases as term sequences, by first term (and by first term with و glued). */
    private final Map<String, List<String[]>> byFirstTerm = new HashMap<>();

    AsideMarkers(List<TsvRow> rows) {
        for (TsvRow row : rows) {
            String[] phrase = MatchTerms.of(row.cell(0));
            if (phrase.length < 2) {
                throw row.error("a phrase of at least two words, not '" + row.cell(0) + "'");
            }
            byFirstTerm.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
            byFirstTerm.computeIfAbsent(WAW + phrase[0], k -> new ArrayList<>()).add(phrase);
        }
    }

    /** The phrases of {@code aside-markers.tsv}. */
    static AsideMarkers standard() {
        return STANDARD;
    }

    /**
     * The indexes in {@code terms} where aside phrases start, ascending (a phrase's words are not
     * searched for another); empty when the article has none.
     */
    int[] starts(String[] terms) {
        int[] found = new int[0];
        for (int i = 0; i < terms.length; i++) {
            int length = phraseAt(terms, i);
            if (length > 0) {
                found = java.util.Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = i;
                i += length - 1;
            }
        }
        return found;
    }

    /** How many terms the aside phrase starting at {@code at} covers, or 0 when none starts there. */
    private int phraseAt(String[] terms, int at) {
        List<String[]> phrases = byFirstTerm.get(terms[at]);
        if (phrases != null) {
            for (String[] phrase : phrases) {
                int length = matches(terms, at, phrase);
                if (length > 0) {
                    return length;
                }
            }
        }
        return 0;
    }

    /**
     * How many terms {@code phrase} covers starting at {@code at} (its first term already matched),
     * with at most one word before its last; 0 when it does not start there.
     */
    private static int matches(String[] terms, int at, String[] phrase) {
        int last = phrase.length - 1;
        if (at + last >= terms.length) {
            return 0;
        }
        for (int k = 1; k < last; k++) {
            if (!terms[at + k].equals(phrase[k])) {
                return 0;
            }
        }
        String lastTerm = phrase[last];
        if (terms[at + last].equals(lastTerm)) {
            return phrase.length;
        }
        return at + last + 1 < terms.length && terms[at + last + 1].equals(lastTerm) ? phrase.length + 1 : 0;
    }
}

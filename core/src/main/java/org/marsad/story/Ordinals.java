package org.marsad.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marsad.dedup.MatchTerms;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * The ordinal numbers a headline names (the data file {@code ordinals.tsv}): the installment of a
 * series it tells (the third relief plane, the second batch). Story clustering does not join an
 * article to a story whose headlines name other ordinals and none of its own.
 */
final class Ordinals {

    private static final Ordinals STANDARD = new Ordinals(TsvResource.read(Ordinals.class, "ordinals.tsv", 2));

    /** Matching key of an ordinal word to its number. */
    private final Map<String, Integer> numbers = new HashMap<>();

    Ordinals(Iterable<TsvRow> rows) {
        for (TsvRow row : rows) {
            String[] key = MatchTerms.of(row.cell(0));
            if (key.length != 1) {
                throw row.error("one word a row, not '" + row.cell(0) + "'");
            }
            try {
                numbers.put(key[0], Integer.valueOf(row.cell(1)));
            } catch (NumberFormatException e) {
                throw row.error("the number is not a whole number: '" + row.cell(1) + "'");
            }
        }
    }

    /** The ordinals of {@code ordinals.tsv}. */
    static Ordinals standard() {
        return STANDARD;
    }

    /** The numbers of the ordinals among {@code terms} ({@link MatchTerms} of a headline); empty when none. */
    Set<Integer> of(String[] terms) {
        Set<Integer> found = Set.of();
        for (String t : terms) {
            Integer n = numbers.get(t);
            if (n != null) {
                if (found.isEmpty()) {
                    found = new TreeSet<>();
                }
                found.add(n);
            }
        }
        return found;
    }

    /** Whether two sets of ordinals name different installments: both name some, none in common. */
    static boolean conflict(Set<Integer> a, Set<Integer> b) {
        return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
    }
}

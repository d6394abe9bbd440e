package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.lexicon.PhraseTable;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The cues of {@code cues.tsv} (titles, place nouns, organization nouns), the words of
 * {@code stopwords.tsv} and the given names of {@code given-names.tsv}, on matching keys. Immutable.
 */
final class Cues {

    /**
     * What a cue announces. A {@code HONORIFIC} is a title that is followed by a name so reliably
     * (السيد, الشيخ, الإمام) that one word after it is a name too; other titles need two words or a
     * given name.
     */
    enum Kind {
        TITLE, HONORIFIC, PLACE, ORG_NAME, ORG_HEAD, CLUB, SPEECH;

        static Kind parse(TsvRow row) {
            return switch (row.cell(1)) {
                case "title" -> TITLE;
                case "honorific" -> HONORIFIC;
                case "place" -> PLACE;
                case "org-name" -> ORG_NAME;
                case "org-head" -> ORG_HEAD;
                case "club" -> CLUB;
                case "speech" -> SPEECH;
                default -> throw row.error("kind '" + row.cell(1) + "' is not title, honorific, place, org-name, org-head, club or speech");
            };
        }
    }

    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final String ARTICLE = "ال";
    private static final int MIN_NISBA_LENGTH = 5;

    private final PhraseTable<Kind> cues;
    private final Set<String> stopwords = new HashSet<>();

    private final Set<String> givenNames = new HashSet<>();

    Cues(List<TsvRow> cueRows, List<TsvRow> stopwordRows, List<TsvRow> givenNameRows) {
        this.cues = new PhraseTable<>(cueRows, NORMALIZER::key, Kind::parse);
        for (TsvRow row : stopwordRows) {
            stopwords.add(NORMALIZER.key(row.cell(0)));
        }
        for (TsvRow row : givenNameRows) {
            givenNames.add(NORMALIZER.key(row.cell(0)));
        }
    }

    /** Whether {@code key} is a given name of {@code given-names.tsv}. */
    boolean isGivenName(String key) {
        return givenNames.contains(key);
    }

    static Cues standard() {
        return Standard.INSTANCE;
    }

    /** The longest cue starting at word {@code from} of {@code keys}, or null. */
    PhraseTable.Match<Kind> at(String[] keys, int from) {
        return cues.at(keys, from);
    }

    boolean isStopword(String key) {
        return stopwords.contains(key);
    }

    /** Whether {@code key} is an adjective of nationality or direction with the article: الروسي, الكورية, الشمالي. */
    static boolean isNisba(String key) {
        return key.length() >= MIN_NISBA_LENGTH && key.startsWith(ARTICLE)
                && (key.endsWith("ي") || key.endsWith("يه") || key.endsWith("يين") || key.endsWith("يون"));
    }

    private static final class Standard {
        static final Cues INSTANCE = new Cues(
                TsvResource.read(Cues.class, "cues.tsv", 2),
                TsvResource.read(Cues.class, "stopwords.tsv", 1),
                TsvResource.read(Cues.class, "given-names.tsv", 1));
    }
}

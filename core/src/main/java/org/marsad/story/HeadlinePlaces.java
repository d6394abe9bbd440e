package org.marsad.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.marsad.dedup.MatchTerms;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.EntityType;

/**
 * The places a headline names, for telling apart two events of one kind in two places: a stray
 * camel on a Tabuk road and another in Jazan, the Eid party of Al-Kharj's chamber and Riyadh's,
 * appeals committees formed for Qassim and for Tabuk and Asir. Their texts share nearly every word
 * but the place.
 *
 * <p>Two sides (an article, a story) <em>conflict</em> when both headlines name places, none in
 * common, and neither side's text mentions a place the other's headline names. The last condition
 * keeps a city and its country together: a headline on Beirut and one on Lebanon tell one crisis
 * when the Beirut text names Lebanon or the other names Beirut. A place is mentioned when all the
 * words of one of its spellings (as the headline wrote it, the lexicon's name, or for a one-word name
 * its nisba) are terms of the text; a bag test, enough for names of one to three words.
 *
 * <p>Places come from the entity lexicon ({@link EntityRecognizer}, type LOC, listed entities only:
 * a name the recognizer discovers has no identity to compare). Only headlines are recognized, a few
 * words each (about 14 µs a headline, warm: 0.2 s of the 6 CPU s {@code marsad bench stories} takes for
 * all of July, less than the noise between runs).
 * A place the lexicon lacks, or one the recognizer reads as part of an institution's name (جامعة
 * الجوف), is not seen; the rule then says nothing.
 */
final class HeadlinePlaces {

    /**
     * A place of a headline: its lexicon id, the match terms of its spellings and, once
     * {@link #resolve resolved} against a vocabulary, their term ids (null before): the conflict test
     * runs for every candidate story and compares ids only.
     */
    record Place(String id, String[][] spellings, int[][] termIds) {
    }

    static final List<Place> NONE = List.of();

    private static final char ALEF = '\u0627';
    /** Heh: ta marbuta after normalization of matching keys. */
    private static final char HEH = '\u0647';
    private static final char YEH = '\u064A';

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private HeadlinePlaces() {
    }

    /** The places {@code headline} names, each once, in order; {@link #NONE} for none or no headline. */
    static List<Place> of(String headline) {
        if (headline == null || headline.isBlank()) {
            return NONE;
        }
        List<Place> out = NONE;
        for (EntityMention m : RECOGNIZER.recognize(headline)) {
            if (m.entity() == null || m.entity().type() != EntityType.LOC || m.entity().discovered()
                    || contains(out, m.entity().id())) {
                continue;
            }
            if (out == NONE) {
                out = new ArrayList<>(2);
            }
            out.add(new Place(m.entity().id(), spellings(MatchTerms.of(m.text()), MatchTerms.of(m.entity().name())), null));
        }
        return out;
    }

    /**
     * The spellings of a place as written and as the lexicon names it, and for a name of one word its
     * relative adjectives (nisba): a text on Bali's volcano that says الإندونيسي mentions Indonesia.
     * The adjective is the name plus ي (مصر مصري، لبنان لبناني), or the name without its final alef
     * or ta marbuta (ه after normalization), plus ي unless it already ends so (كوريا كوري، سوريا
     * سوري); each also feminine (ية, يه after normalization).
     */
    private static String[][] spellings(String[] written, String[] listed) {
        List<String[]> out = new ArrayList<>(6);
        out.add(written);
        if (!Arrays.equals(written, listed)) {
            out.add(listed);
        }
        for (String[] name : List.copyOf(out)) {
            if (name.length != 1 || name[0].length() < 3) {
                continue;
            }
            String w = name[0];
            char last = w.charAt(w.length() - 1);
            String stem = last == ALEF || last == HEH ? w.substring(0, w.length() - 1) : w;
            String nisba = stem.charAt(stem.length() - 1) == YEH ? stem : stem + YEH;
            out.add(new String[] {nisba});
            out.add(new String[] {nisba + HEH});
        }
        return out.toArray(new String[0][]);
    }

    /**
     * The places with the term ids of their spellings' words; a word never seen gets an id, so that
     * a text that comes later with it mentions the place. Stop words are left out of a spelling.
     */
    static List<Place> resolve(List<Place> places, Vocabulary vocabulary) {
        if (places.isEmpty()) {
            return places;
        }
        List<Place> out = new ArrayList<>(places.size());
        for (Place p : places) {
            int[][] ids = new int[p.spellings().length][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Arrays.stream(p.spellings()[i]).mapToInt(vocabulary::id).filter(id -> id >= 0).toArray();
            }
            out.add(new Place(p.id(), p.spellings(), ids));
        }
        return out;
    }

    /**
     * Whether two sides tell events in different places: both headlines name places ({@code aPlaces},
     * {@code bPlaces}, {@link #resolve resolved}), none in common, and neither text ({@code aTerms},
     * {@code bTerms}: ascending term ids) mentions a place of the other's headline.
     */
    static boolean conflict(List<Place> aPlaces, int[] aTerms, List<Place> bPlaces, int[] bTerms) {
        if (aPlaces.isEmpty() || bPlaces.isEmpty()) {
            return false;
        }
        for (Place p : aPlaces) {
            if (contains(bPlaces, p.id()) || mentioned(p, bTerms)) {
                return false;
            }
        }
        for (Place p : bPlaces) {
            if (mentioned(p, aTerms)) {
                return false;
            }
        }
        return true;
    }

    /** Adds to {@code into} the places of {@code more} it lacks (by id). */
    static void addNew(List<Place> into, List<Place> more) {
        for (Place p : more) {
            if (!contains(into, p.id())) {
                into.add(p);
            }
        }
    }

    private static boolean mentioned(Place place, int[] terms) {
        for (int[] spelling : place.termIds()) {
            if (spelling.length > 0 && allIn(spelling, terms)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allIn(int[] words, int[] terms) {
        for (int w : words) {
            if (Arrays.binarySearch(terms, w) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(List<Place> places, String id) {
        for (Place p : places) {
            if (p.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}

package org.marsad.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.marsad.lexicon.KeyTokens;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;
import org.marsad.meta.AgencyLexicon;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The entities Marsad knows by name, and every spelling of each. Built from:
 * <ul>
 *   <li>the files of {@link #ENTITY_FILES} ({@code entities.tsv}, {@code people-*.tsv},
 *       {@code places-*.tsv}, {@code organizations.tsv}), written by hand: people, organizations,
 *       places, with their variants; an id defined twice is a data error;</li>
 *   <li>the wire agencies of {@code meta/agencies.tsv} (rows safe anywhere; the rows that are also
 *       ordinary words need the agency cues and are left to {@link AgencyLexicon});</li>
 *   <li>ICU's Arabic locale data, read at load time ({@link IcuPlaceNames}): every country and
 *       territory, continents, and the exemplar city of every time zone.</li>
 * </ul>
 * Rows with one id merge: a hand-written row may add variants to an ICU country. A spelling claimed
 * by two entities goes to the one of higher rank (hand-written over ICU country over ICU city);
 * between equals it is ambiguous and links to nobody, since no link is better than a wrong one.
 *
 * <p>Spellings are indexed twice: by the matching key of their words (exact), and by the
 * {@link SpellingFamily} skeleton of their words, so that unlisted spellings of a listed name
 * resolve. A skeleton shared by two entities is ambiguous in the same way. Names of places written
 * in several words also get their one-word form (بيونغ يانغ, بيونغيانغ).
 *
 * <p>Immutable and thread-safe after loading.
 */
public final class EntityLexicon {

    /**
     * The hand-written lexicon files, one per domain, all with the columns below; an id is defined
     * in one row of one file only.
     */
    static final List<String> ENTITY_FILES = List.of(
            "entities.tsv", "people-arab.tsv", "people-world.tsv", "people-sports.tsv",
            "places-arab.tsv", "places-world.tsv", "organizations.tsv");
    private static final int COLUMNS = 7;
    private static final int ID = 0;
    private static final int ARABIC = 1;
    private static final int ENGLISH = 2;
    private static final int TYPE = 3;
    private static final int SUBTYPE = 4;
    private static final int VARIANTS = 5;
    private static final int WIKIDATA = 6;
    private static final String NONE = "-";
    private static final Pattern SEPARATOR = Pattern.compile("\\|");
    private static final Pattern ID_SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final String ARTICLE = "ال";

    /** Who wins a spelling two entities claim; higher wins, equal ranks make it ambiguous. */
    static final int RANK_CITY = 1;
    static final int RANK_COUNTRY = 2;
    static final int RANK_HAND = 3;

    /**
     * A spelling: the keys of its words (for a family variant, their skeletons), the word keys of
     * the listed spelling it stands for, and its entity, null when ambiguous.
     */
    public record Variant(Entity entity, String[] keys, String[] listed, boolean exact) {
        public int size() {
            return keys.length;
        }
    }

    private record Claim(Entity entity, int rank, boolean ambiguous, String[] listed) {
    }

    private final Map<String, Entity> entities;
    private final Map<String, List<Variant>> exactByFirst;
    private final Map<String, List<Variant>> familyByFirst;
    private final int variantCount;

    private EntityLexicon(Map<String, Entity> entities, Map<String, List<Variant>> exactByFirst,
                          Map<String, List<Variant>> familyByFirst, int variantCount) {
        this.entities = entities;
        this.exactByFirst = exactByFirst;
        this.familyByFirst = familyByFirst;
        this.variantCount = variantCount;
    }

    /** The shipped lexicon, loaded once. */
    public static EntityLexicon standard() {
        return Standard.INSTANCE;
    }

    /** The entity with id {@code id}, or null. */
    public Entity entity(String id) {
        return entities.get(id);
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    /** How many distinct spellings (as sequences of word keys) the lexicon lists, one-word forms included. */
    public int variantCount() {
        return variantCount;
    }

    /** Listed spellings whose first word has key {@code firstKey}, longest first. */
    List<Variant> exactStartingWith(String firstKey) {
        return exactByFirst.getOrDefault(firstKey, List.of());
    }

    /** Listed spellings whose first word has the skeleton {@code firstSkeleton}, longest first. */
    List<Variant> familyStartingWith(String firstSkeleton) {
        return familyByFirst.getOrDefault(firstSkeleton, List.of());
    }

    /** Whether {@code key} is the first word of any listed spelling. */
    boolean startsAny(String key) {
        return exactByFirst.containsKey(key);
    }

    /** Builds a lexicon from hand-written rows, agency rows and ICU's places. */
    static EntityLexicon build(List<TsvRow> handRows, List<TsvRow> agencyRows, List<IcuPlaceNames.Place> icuPlaces) {
        Builder b = new Builder();
        for (IcuPlaceNames.Place p : icuPlaces) {
            b.add(p.entity(), p.variants(), p.entity().subtype().equals("city") ? RANK_CITY : RANK_COUNTRY, null);
        }
        Map<String, TsvRow> handIds = new HashMap<>();
        for (TsvRow row : handRows) {
            TsvRow earlier = handIds.putIfAbsent(row.cell(ID), row);
            if (earlier != null) {
                throw row.error("id '" + row.cell(ID) + "' is already defined in " + earlier.source()
                        + " line " + earlier.line());
            }
            String variants = row.cell(VARIANTS);
            b.add(handEntity(row), variants.equals(NONE) ? List.of() : List.of(SEPARATOR.split(variants)), RANK_HAND, row);
        }
        for (TsvRow row : agencyRows) {
            if (row.cell(4).equals("no")) {
                Entity agency = new Entity(row.cell(0), row.cell(1), row.cell(2), EntityType.ORG, "agency", null);
                b.add(agency, List.of(SEPARATOR.split(row.cell(3))), RANK_HAND, row);
            }
        }
        return b.build();
    }

    private static Entity handEntity(TsvRow row) {
        String id = row.cell(ID);
        if (!ID_SHAPE.matcher(id).matches()) {
            throw row.error("id '" + id + "' is not lower-case letters and digits joined by hyphens");
        }
        EntityType type = EntityType.parse(row.cell(TYPE));
        if (type == null || !row.cell(TYPE).equals(type.name())) {
            throw row.error("type '" + row.cell(TYPE) + "' is not PER, LOC or ORG");
        }
        String wikidata = row.cell(WIKIDATA);
        if (!wikidata.equals(NONE) && !wikidata.matches("Q[0-9]+")) {
            throw row.error("wikidata '" + wikidata + "' is not - or Q followed by digits");
        }
        return new Entity(id, row.cell(ARABIC), row.cell(ENGLISH), type, row.cell(SUBTYPE),
                wikidata.equals(NONE) ? null : wikidata);
    }

    /** The word keys of a written spelling. */
    static String[] keys(String written) {
        return KeyTokens.of(NORMALIZER.key(written));
    }

    private static final class Builder {
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<String, Integer> ranks = new HashMap<>();
        private final Map<List<String>, Claim> exact = new LinkedHashMap<>();
        private final Map<List<String>, Claim> family = new LinkedHashMap<>();

        void add(Entity entity, List<String> written, int rank, TsvRow row) {
            Entity known = entities.get(entity.id());
            if (known != null && known.type() != entity.type()) {
                String reason = "id " + entity.id() + " is already a " + known.type();
                throw row != null ? row.error(reason) : new IllegalStateException(reason);
            }
            if (known == null || rank > ranks.get(entity.id())) {
                Entity merged = known == null ? entity : withWikidata(entity, known);
                entities.put(entity.id(), merged);
                ranks.put(entity.id(), rank);
                // Re-point claims of the replaced record to the new one.
                if (known != null) {
                    exact.replaceAll((k, c) -> c.entity() == known ? new Claim(merged, c.rank(), c.ambiguous(), c.listed()) : c);
                    family.replaceAll((k, c) -> c.entity() == known ? new Claim(merged, c.rank(), c.ambiguous(), c.listed()) : c);
                }
            }
            Entity owner = entities.get(entity.id());
            List<String> all = new ArrayList<>(written.size() + 1);
            all.add(entity.name());
            all.addAll(written);
            for (String w : all) {
                String[] keys = keys(w);
                if (keys.length == 0 || (keys.length == 1 && keys[0].length() < 2)) {
                    continue;
                }
                claim(exact, List.of(keys), owner, rank, keys);
                claim(family, skeletons(keys), owner, rank, keys);
                if (owner.type() == EntityType.LOC && keys.length > 1 && noArticle(keys)) {
                    String[] joined = {String.join("", keys)};
                    claim(exact, List.of(joined), owner, rank, joined);
                    claim(family, skeletons(joined), owner, rank, joined);
                }
            }
        }

        private static Entity withWikidata(Entity e, Entity known) {
            return e.wikidata() != null || known.wikidata() == null ? e
                    : new Entity(e.id(), e.name(), e.nameEn(), e.type(), e.subtype(), known.wikidata());
        }

        private static boolean noArticle(String[] keys) {
            for (String k : keys) {
                if (k.startsWith(ARTICLE) || KeyTokens.isNumber(k)) {
                    return false;
                }
            }
            return true;
        }

        private static void claim(Map<List<String>, Claim> claims, List<String> keys, Entity entity, int rank,
                                  String[] listed) {
            Claim earlier = claims.get(keys);
            if (earlier == null || earlier.rank() < rank) {
                claims.put(keys, new Claim(entity, rank, false, listed));
            } else if (earlier.rank() == rank && !earlier.entity().id().equals(entity.id())) {
                claims.put(keys, new Claim(earlier.entity(), rank, true, earlier.listed()));
            }
        }

        EntityLexicon build() {
            Map<String, List<Variant>> exactIndex = index(exact, true);
            Map<String, List<Variant>> familyIndex = index(family, false);
            return new EntityLexicon(Map.copyOf(entities), exactIndex, familyIndex, exact.size());
        }

        private static Map<String, List<Variant>> index(Map<List<String>, Claim> claims, boolean exact) {
            Map<String, List<Variant>> byFirst = new HashMap<>();
            claims.forEach((keys, claim) -> byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                    .add(new Variant(claim.ambiguous() ? null : claim.entity(), keys.toArray(String[]::new),
                            claim.listed(), exact)));
            Map<String, List<Variant>> frozen = new HashMap<>();
            byFirst.forEach((k, list) -> {
                list.sort(Comparator.comparingInt(Variant::size).reversed());
                frozen.put(k, List.copyOf(list));
            });
            return frozen;
        }
    }

    static List<String> skeletons(String[] keys) {
        List<String> out = new ArrayList<>(keys.length);
        for (String k : keys) {
            out.add(SpellingFamily.skeleton(k));
        }
        return out;
    }

    /** The rows of every hand-written file, in the order of {@link #ENTITY_FILES}. */
    static List<TsvRow> handRows() {
        List<TsvRow> rows = new ArrayList<>();
        for (String file : ENTITY_FILES) {
            rows.addAll(TsvResource.read(EntityLexicon.class, file, COLUMNS));
        }
        return rows;
    }

    /** Holder: the standard lexicon is read on first use, once. */
    private static final class Standard {
        static final EntityLexicon INSTANCE = build(handRows(),
                TsvResource.read(AgencyLexicon.class, AgencyLexicon.AGENCIES, AgencyLexicon.AGENCY_COLUMNS),
                IcuPlaceNames.places());
    }

    /** A slug of an English name: ASCII letters and digits joined by hyphens. */
    static String slug(String english) {
        String ascii = java.text.Normalizer.normalize(english, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("&", " and ").toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

package org.marsad.entity;

import java.util.Objects;

/**
 * One person, place or organization, whatever the spelling.
 *
 * @param id         stable lower-case slug ({@code vladimir-putin}); discovered entities get
 *                   {@code per-}, {@code loc-} or {@code org-} and a hash of their spelling family
 * @param name       display name in Arabic
 * @param nameEn     English name, or null when unknown (discovered entities)
 * @param type       PER, LOC or ORG
 * @param subtype    country, city, agency, head-of-state, minister, ... or {@code discovered}
 * @param wikidata   Wikidata id (Q...) where known for sure, else null
 */
public record Entity(String id, String name, String nameEn, EntityType type, String subtype, String wikidata) {

    public static final String DISCOVERED = "discovered";

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
    }

    /** Whether the entity was found in the text rather than in the lexicon. */
    public boolean discovered() {
        return DISCOVERED.equals(subtype);
    }
}

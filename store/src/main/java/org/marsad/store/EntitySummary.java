package org.marsad.store;

import java.util.List;

import org.marsad.entity.Entity;

/**
 * An entity with what the stored articles say of it.
 *
 * @param entity   the entity
 * @param articles how many articles name it
 * @param variants the spellings seen, most used first
 */
public record EntitySummary(Entity entity, int articles, List<VariantCount> variants) {

    public EntitySummary {
        variants = List.copyOf(variants);
    }
}

package org.marsad.store;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value the value to filter by (outlet name, entity id, {@code 2024-06}, hit kind)
 * @param label what to show (the entity's display name; else the value)
 * @param count matching articles (or hits, for the {@code type} facet)
 */
public record FacetValue(String value, String label, long count) {
}

package org.marsad.store;

/** A spelling of an entity as articles wrote it, and how many mentions used it. */
public record VariantCount(String text, int count) {
}

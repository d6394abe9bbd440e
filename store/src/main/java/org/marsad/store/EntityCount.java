package org.marsad.store;

/** An entity and how many articles (of a story, or beside another entity) name it. */
public record EntityCount(String id, String name, String type, int count) {
}

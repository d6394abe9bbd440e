package org.marsad.entity;

/** The three kinds of named entity Marsad resolves: people, places and organizations. */
public enum EntityType {
    PER, LOC, ORG;

    /** The type named {@code name} (PER, LOC or ORG, any case; PERS as written by ANERcorp is PER), or null. */
    public static EntityType parse(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "PER", "PERS", "PERSON" -> PER;
            case "LOC", "GPE" -> LOC;
            case "ORG" -> ORG;
            default -> null;
        };
    }
}

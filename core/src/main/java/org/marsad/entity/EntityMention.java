package org.marsad.entity;

/**
 * One place in a text that names an entity.
 *
 * @param entity the entity named
 * @param text   the words as written, without the proclitics glued to the first one
 * @param start  offset of the first char, in UTF-16 units of the text given to the recognizer
 * @param end    offset after the last char
 * @param how    how the mention was resolved
 * @param score  confidence of the resolution, 1 for an exact lexicon spelling, lower for a spelling
 *               matched through its family or a coreference
 */
public record EntityMention(Entity entity, String text, int start, int end, Resolution how, double score) {

    /** How a mention was tied to its entity. */
    public enum Resolution {
        /** A spelling listed in the lexicon (after the matching key and proclitic stripping). */
        LEXICON,
        /** An unlisted spelling of a listed name, through its spelling family. */
        SPELLING,
        /** A name found after a title or trigger noun, not in the lexicon. */
        DISCOVERED,
        /** A short form or a title standing for an entity named in full earlier in the text. */
        COREFERENCE
    }
}

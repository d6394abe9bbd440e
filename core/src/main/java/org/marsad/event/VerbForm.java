package org.marsad.event;

/** The form in which an event word tells its event, which says much about its status. */
enum VerbForm {
    /** زار، التقى: done, unless a cue around says otherwise (إذا زار). */
    PERFECT,
    /** يزور، يلتقي: present or near future; not settled by itself. */
    IMPERFECT,
    /** سيزور، سيلتقي: to come. */
    FUTURE,
    /** زيارة، لقاء، قمة: no tense of its own; the words around it and its date decide. */
    NOUN,
    /** زيارته، اجتماعه: a noun whose pronoun points back to someone named before it in its clause. */
    POSSESSED;

    boolean isNoun() {
        return this == NOUN || this == POSSESSED;
    }
}

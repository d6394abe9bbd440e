package org.marsad.extract;

/** What a line is on its own, before its position on the page is taken into account. */
enum LineKind {
    /** Chrome by its wording or shape. */
    NOISE,
    /** Announces an appended article or a list of related headlines. */
    SEPARATOR,
    /** A "read also" link with its headline on the same line. */
    RELATED_LINK,
    /** A labelled metadata line. */
    META,
    /** A photo caption or credit. */
    CAPTION,
    /** Anything else: headline, paragraph, list item, short line; the layout decides. */
    TEXT
}

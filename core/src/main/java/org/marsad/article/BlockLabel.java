package org.marsad.article;

import java.util.Locale;

/** What a block of a page is: part of the main article, of an appended article, or around them. */
public enum BlockLabel {
    /** The headline of the page's main article. */
    TITLE,
    /** A paragraph (or subheading) of the main article. */
    BODY,
    /** A photo caption or credit. */
    CAPTION,
    /** A metadata line: date, source, tags, section, byline. */
    META,
    /** Page chrome: theme warnings, share bars, comment forms, separators. */
    NOISE,
    /** The headline of another article the site appended after the main one. */
    APPENDED_TITLE,
    /** A paragraph of an appended article. */
    APPENDED_BODY,
    /** A related headline in a list of links. */
    RELATED;

    /** The name used in JSON output, e.g. {@code appended_title}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.marsad.meta;

/** The kinds of metadata a loose labelled line can carry. */
public enum MetaField {
    DATE, UPDATED, SOURCE, TAGS, SECTION, BYLINE, PHOTO
}

package org.marsad.meta;

/**
 * One labelled value on a metadata line: {@code المصدر: كويت نيوز} is (SOURCE, "كويت نيوز").
 *
 * @param field  the field the label introduces
 * @param label  the label as written on the page
 * @param value  the value as written, trimmed of separators; empty when the label stands alone
 * @param marked whether the label was set off by a colon or glued to its value, which makes it
 *               a label even inside a longer line
 */
public record MetaSegment(MetaField field, String label, String value, boolean marked) {
}

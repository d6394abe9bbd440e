package org.marsad.meta;

/**
 * What a month name means.
 *
 * @param month    1..12 in its calendar
 * @param calendar the calendar the month belongs to
 * @param words    how many words the name spans (كانون الثاني spans two)
 */
record MonthName(int month, CalendarSystem calendar, int words) {
}

package org.marsad.meta;

/**
 * What a month name means.
 *
 * @param month    1..12 in its calendar
 * @param calendar the calendar the month belongs to
 * @param words    how many words the name spans (كانون الثاني spans two)
 */
public record MonthName(int month, CalendarSystem calendar, int words) {

    /** Whether the month is one of the Hijri calendar. */
    public boolean hijri() {
        return calendar == CalendarSystem.HIJRI;
    }
}

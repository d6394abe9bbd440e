package org.marsad.time;

/** TIMEX3 duration values: P3D, P2W, P1M, P24Y, P1DE, and PT3.5H, PT20M for the clock units. */
final class DurationValue {

    private static final String HOURS = "H";
    private static final String MINUTES = "MIN";
    private static final String TIMEX_MINUTES = "M";

    private DurationValue() {
    }

    /** The value of {@code amount} (a number, or X when unstated) of {@code unit} (D W M Y H MIN DE). */
    static String of(String amount, String unit) {
        if (HOURS.equals(unit)) {
            return "PT" + amount + HOURS;
        }
        if (MINUTES.equals(unit)) {
            return "PT" + amount + TIMEX_MINUTES;
        }
        return "P" + amount + unit;
    }
}

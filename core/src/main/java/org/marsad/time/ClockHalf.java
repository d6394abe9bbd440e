package org.marsad.time;

/**
 * The 24-hour clock from an hour and the half of the day written after it: صباحا (am) keeps the
 * hour, 12 صباحا being midnight; مساء، ظهرا، عصرا (pm) add 12 to hours before noon, so that
 * الثانية ظهرا is 14:00 and 12 ظهرا stays noon.
 */
final class ClockHalf {

    private static final String AM = "am";
    private static final int NOON = 12;

    private ClockHalf() {
    }

    static int hour(int hour, String half) {
        if (AM.equals(half)) {
            return hour == NOON ? 0 : hour;
        }
        return hour < NOON ? hour + NOON : hour;
    }
}

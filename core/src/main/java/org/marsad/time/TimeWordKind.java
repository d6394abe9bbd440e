package org.marsad.time;

import java.util.Locale;

/** What a word or phrase of {@code time-words.tsv} does in a temporal expression. */
enum TimeWordKind {
    /** A unit in the singular, after a number or alone after لمدة: يوم، عاما. */
    UNIT,
    /** A unit in the dual, its own amount of two: يومين، عامين. */
    DUAL,
    /** A unit in the plural: أيام، السنوات. */
    PLURAL,
    /** A unit with the article, before a shift: الشهر in الشهر الماضي. */
    THE_UNIT,
    /** A word that introduces a year: عام 2000، العام 2023. */
    YEAR_WORD,
    /** شهر before a month name. */
    MONTH_WORD,
    /** يوم before a weekday or a date. */
    DAY_WORD,
    WEEKDAY,
    /** A day counted from the anchor: اليوم 0، أمس -1، بعد غد 2. */
    DAY_OFFSET,
    /** Which one of a unit or a month: -1 last, 0 this, 1 next. */
    SHIFT,
    /** PAST_REF, PRESENT_REF or FUTURE_REF on its own. */
    REF,
    /** A set on its own: سنويا. */
    SET,
    /** كل, which makes a unit a set. */
    EVERY,
    PART_OF_DAY,
    /** الساعة before a clock time. */
    CLOCK,
    /** The half of the day after a clock time: صباحا، مساء. */
    CLOCK_HALF,
    /** قبل before a duration: a date that long before the anchor. */
    AGO,
    /** A word that makes the next unit a duration of one: لمدة شهر. */
    DURATION_SIGNAL,
    /** A word after which a month name alone is a date: في، منذ، مطلع. */
    MONTH_CONTEXT,
    /** A word that puts the sentence in the future: سوف، من المقرر. */
    FUTURE_CUE,
    /** A word that puts the clause in the past: كان، بعد أن, and the commonest past verbs of news. */
    PAST_CUE,
    /** A word that starts like a future verb (سـ) but is not one: سيول، ستة. */
    NOT_FUTURE,
    NUMBER,
    /** A day of the month in words: الحادي عشر. */
    ORDINAL,
    /** An hour in words: العاشرة. */
    HOUR,
    /** A decade: التسعينيات. */
    DECADE,
    /** The era after a year: م or هـ. */
    ERA;

    /** The kind named {@code name} in the data file (lower case, dashes), or null. */
    static TimeWordKind named(String name) {
        for (TimeWordKind kind : values()) {
            if (kind.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(name)) {
                return kind;
            }
        }
        return null;
    }
}

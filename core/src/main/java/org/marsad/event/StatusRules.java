package org.marsad.event;

import java.time.LocalDate;

import org.marsad.lexicon.VerbForms;

/**
 * Decides whether an event is planned, happened or only reported, from the form of its word, the
 * cues around it ({@code cues.tsv}) and its date. Precision first: nothing is called done unless a
 * perfect verb, a verb in the past carrying the event noun (قام بزيارة، أجرى محادثات، كانت آخر
 * زيارة) or a date before publication says so.
 * <ul>
 *   <li>negated or denied (لم يزر، نفى أن، استبعد عقد لقاء): no event at all;</li>
 *   <li>the nearest cue before the word decides, up to {@link #CUE_WINDOW} words back in its
 *       clause (and through أن/إن to the verb that governs it: من المقرر أن يزور): a planning cue
 *       (من المقرر، يستعد، يعتزم، إذا) makes it planned; for a noun, a future light verb (سيقوم
 *       بزيارة) planned and a past one (قام بزيارة) happened; for an imperfect verb, قد right before
 *       it (قد يوقعان) and a verb in سـ close before make it planned;</li>
 *   <li>a noun followed by a planning adjective (زيارة مقررة، الزيارة المرتقبة) is planned;</li>
 *   <li>a date after the publication date, or a future one (الأسبوع المقبل، الأيام المقبلة), makes
 *       any event planned; a date before it, or a past one (الشهر الماضي), makes a noun happened;</li>
 *   <li>then by form: a future verb is planned, a perfect verb happened, an imperfect verb or a
 *       noun with nothing to settle it reported: told, but not said to be done.</li>
 * </ul>
 */
final class StatusRules {

    /** Words looked back for a cue: من المقرر أن يزور الرئيس الروسي فلاديمير بوتين ... */
    static final int CUE_WINDOW = 8;
    /** Words after an event noun where a planning adjective may stand: زيارة رسمية مرتقبة. */
    static final int AFTER_WINDOW = 3;
    /** How close a verb in سـ must be to an imperfect event verb to govern it: سيحاول أن يزور. */
    private static final int FUTURE_VERB_REACH = 3;

    /** What the date of an event says of its status. */
    record DateFacts(TimexDate date, boolean past, boolean future) {
        static final DateFacts NONE = new DateFacts(null, false, false);

        boolean pastOf(LocalDate published) {
            return past || date != null && published != null && date.before(published);
        }

        boolean futureOf(LocalDate published) {
            return future || date != null && published != null && date.after(published);
        }
    }

    private StatusRules() {
    }

    /**
     * The status of the event told by the words {@code trigger..trigger+length)}, or null when it is
     * negated.
     *
     * @param cueLimit  the first word a cue may stand on (the start of the clause, or of the clause
     *                  governing it through أن)
     * @param clauseEnd the word after the event's clause
     */
    static EventStatus decide(EventWords w, int trigger, int length, VerbForm form, int cueLimit, int clauseEnd,
                              DateFacts date, LocalDate published) {
        EventStatus cue = null;
        int from = Math.max(cueLimit, trigger - CUE_WINDOW);
        for (int j = trigger - 1; j >= from; j--) {
            if (w.isCue(j, CueKind.NEGATION)) {
                return null;
            }
            if (cue == null) {
                cue = cueBefore(w, j, trigger, form);
            }
        }
        boolean plannedAfter = false;
        if (form.isNoun()) {
            for (int j = trigger + length; j < Math.min(clauseEnd, trigger + length + AFTER_WINDOW) && !plannedAfter; j++) {
                plannedAfter = w.isCue(j, CueKind.PLANNED_AFTER);
            }
        }
        if (cue == EventStatus.PLANNED || plannedAfter || date.futureOf(published) || form == VerbForm.FUTURE) {
            return EventStatus.PLANNED;
        }
        return switch (form) {
            case PERFECT -> EventStatus.HAPPENED;
            case NOUN, POSSESSED -> cue == EventStatus.HAPPENED || date.pastOf(published) ? EventStatus.HAPPENED : EventStatus.REPORTED;
            default -> EventStatus.REPORTED;
        };
    }

    /** The status the cue on word {@code j} gives to the event word at {@code trigger}, or null. */
    private static EventStatus cueBefore(EventWords w, int j, int trigger, VerbForm form) {
        if (w.isCue(j, CueKind.PLANNED_BEFORE)) {
            return EventStatus.PLANNED;
        }
        if (form.isNoun()) {
            if (w.isCue(j, CueKind.LIGHT_FUTURE)) {
                return EventStatus.PLANNED;
            }
            if (w.isCue(j, CueKind.LIGHT_PAST)) {
                return EventStatus.HAPPENED;
            }
        }
        if (form == VerbForm.IMPERFECT) {
            if (w.isCue(j, CueKind.MAYBE) && j == trigger - 1) {
                return EventStatus.PLANNED;
            }
            if (trigger - j <= FUTURE_VERB_REACH && VerbForms.isFutureVerb(w.key(j))) {
                return EventStatus.PLANNED;
            }
        }
        return null;
    }

}

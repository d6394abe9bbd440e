package org.marsad.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.lexicon.VerbForms;
import org.marsad.time.TimeExpression;

/**
 * Finds the events the sentences of a text tell: what happened (or is planned), who took part,
 * where and when. Per sentence:
 * <ol>
 *   <li>the sentence is cut into clauses at the words of {@code cues.tsv} that start one (أن،
 *       إذ، عندما، بحسب ...) and at a comma before ف and a future verb (، فسيكون): the people,
 *       place and date of an event stay inside its clause, so that in أعلن الكرملين في 11 سبتمبر أن
 *       كيم سيزور روسيا the date goes to the announcement, and a source after بحسب is no participant;</li>
 *   <li>each event word of {@code triggers.tsv} in a clause owns the words from itself to the next
 *       event word (the first one also the words before it: بوتين يزور); a word that needs an
 *       object (أرسل ... جنود) counts only when one follows in the sentence;</li>
 *   <li>participants are the people and organizations named in its words (wire agencies and
 *       outlets excepted), by entity id; the place is a place named after في / إلى (in a visit, else
 *       the first place after the event word), else the one such place after it in the clause;</li>
 *   <li>the date is the resolved value of the nearest date expression in its words, else of the one
 *       date expression of its clause, or for a clause of time (عندما، حين) of the clause before it;
 *       a date after منذ starts a period and dates nothing; the publication date is never used as
 *       the event's date;</li>
 *   <li>the status comes from {@link StatusRules}; a negated event is dropped;</li>
 *   <li>events of one type in one clause are one event (سيزور روسيا في زيارة رسمية); a planned one
 *       among them keeps the whole planned;</li>
 *   <li>an event with neither participant nor place is dropped, and a statement or announcement
 *       needs someone who makes it: precision over recall.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EventExtractor {

    /** Words between a preposition and the place it introduces: في مدينة فلاديفوستوك، في العاصمة بيونغ يانغ. */
    private static final int PREPOSITION_REACH = 2;
    /** Words after an event word in which its required object must appear: إرسال نحو 10 آلاف جندي. */
    private static final int OBJECT_WINDOW = 20;
    /** Words between a light verb and the event noun it carries, the subject's name and titles between them. */
    private static final int LIGHT_VERB_REACH = 14;
    private static final Set<String> NOT_PARTICIPANTS = Set.of("agency", "outlet");
    private static final char FA = '\u0641';

    private final EventLexicon lexicon;

    public EventExtractor() {
        this(EventLexicon.standard());
    }

    EventExtractor(EventLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The events of {@code text}, in text order.
     *
     * @param entities  the entities found in the same text, with mention offsets
     * @param times     the temporal expressions of the same text, resolved
     * @param published the publication date, or null: it decides whether a date is past or future
     */
    public List<EventFrame> extract(String text, List<ArticleEntity> entities, List<TimeExpression> times,
                                    LocalDate published) {
        Objects.requireNonNull(text, "text");
        EventWords words = EventWords.of(text, lexicon);
        if (!hasTrigger(words)) {
            return List.of();
        }
        return new Pass(words, Mention.sorted(entities), times, published).run();
    }

    private static boolean hasTrigger(EventWords w) {
        for (int i = 0; i < w.size(); i++) {
            if (w.trigger(i) != null) {
                return true;
            }
        }
        return false;
    }

    /** One entity mention, flattened for range lookups. */
    private record Mention(String id, EntityType type, String subtype, int start, int end) {
        static List<Mention> sorted(List<ArticleEntity> entities) {
            List<Mention> out = new ArrayList<>();
            for (ArticleEntity e : entities) {
                for (EntityMention m : e.mentions()) {
                    out.add(new Mention(e.entity().id(), e.entity().type(), e.entity().subtype(), m.start(), m.end()));
                }
            }
            out.sort((a, b) -> Integer.compare(a.start, b.start));
            return out;
        }
    }

    /** An event word found in a clause and the words it owns. */
    private record Candidate(Trigger trigger, int word, int segmentStart, int segmentEnd) {
    }

    /** One event in the making, before the events of one type in a clause are merged. */
    private static final class Draft {
        final EventType type;
        EventStatus status;
        String date;
        final Set<String> participants = new LinkedHashSet<>();
        String place;
        /** Where the first event word of the draft starts. */
        int wordStart;

        Draft(EventType type) {
            this.type = type;
        }

        void absorb(Draft o) {
            participants.addAll(o.participants);
            place = place != null ? place : o.place;
            date = date != null ? date : o.date;
            status = combine(status, o.status);
        }

        /** A planned telling keeps the event planned; otherwise done beats merely reported. */
        private static EventStatus combine(EventStatus a, EventStatus b) {
            if (a == EventStatus.PLANNED || b == EventStatus.PLANNED) {
                return EventStatus.PLANNED;
            }
            return a == EventStatus.HAPPENED || b == EventStatus.HAPPENED ? EventStatus.HAPPENED : EventStatus.REPORTED;
        }
    }

    private final class Pass {
        private final EventWords w;
        private final List<Mention> mentions;
        private final List<TimeExpression> times;
        private final LocalDate published;
        private final List<EventFrame> out = new ArrayList<>();

        Pass(EventWords words, List<Mention> mentions, List<TimeExpression> times, LocalDate published) {
            this.w = words;
            this.mentions = mentions;
            this.times = times;
            this.published = published;
        }

        List<EventFrame> run() {
            int start = 0;
            for (int i = 1; i <= w.size(); i++) {
                if (i == w.size() || w.startsSentence(i)) {
                    sentence(start, i);
                    start = i;
                }
            }
            return out;
        }

        private void sentence(int start, int end) {
            int clauseStart = start;
            int cueLimit = start;
            TimeExpression before = null;
            for (int i = start + 1; i <= end; i++) {
                boolean hard = i < end && (w.isCue(i, CueKind.CLAUSE) || w.commaBefore(i) && isFaFuture(i));
                boolean soft = i < end && w.isCue(i, CueKind.COMPLEMENT);
                if (i == end || hard || soft) {
                    TimeExpression own = onlyDate(w.start(clauseStart), w.end(i - 1));
                    boolean when = w.isCue(clauseStart, CueKind.WHEN) && clauseStart > start;
                    clause(clauseStart, i, cueLimit, start, end, own != null || !when ? own : before);
                    before = own;
                    clauseStart = i;
                    if (hard) {
                        cueLimit = i;
                    }
                }
            }
        }

        /** ، فسيكون: the main clause after a condition. */
        private boolean isFaFuture(int i) {
            String key = w.key(i);
            return key.charAt(0) == FA && VerbForms.isFutureVerb(key.substring(1));
        }

        /**
         * The events of one clause.
         *
         * @param clauseDate the one date of the clause (or of the clause a time clause hangs on), or null
         */
        private void clause(int start, int end, int cueLimit, int sentenceStart, int sentenceEnd, TimeExpression clauseDate) {
            List<Candidate> found = candidates(start, end, sentenceEnd);
            if (found.isEmpty()) {
                return;
            }
            List<Draft> drafts = new ArrayList<>();
            for (Candidate c : found) {
                Draft d = draft(c, start, end, cueLimit, clauseDate);
                if (d == null) {
                    continue;
                }
                Draft same = drafts.stream().filter(x -> x.type == d.type).findFirst().orElse(null);
                if (same == null) {
                    drafts.add(d);
                } else {
                    same.absorb(d);
                }
            }
            int from = w.start(sentenceStart);
            int to = sentenceEnd(sentenceEnd);
            String sentence = w.text().substring(from, to);
            for (Draft d : drafts) {
                if (d.place == null && !d.participants.isEmpty() && !isStatement(d.type)) {
                    d.place = onlyPlace(d.wordStart, w.end(end - 1));
                }
                if (!d.participants.isEmpty() || !isStatement(d.type) && d.place != null) {
                    out.add(new EventFrame(d.type, d.status, d.date, List.copyOf(d.participants), d.place, sentence, from, to));
                }
            }
        }

        private static boolean isStatement(EventType type) {
            return type == EventType.STATEMENT || type == EventType.ANNOUNCEMENT;
        }

        /** The end of the sentence: after its last word and the punctuation closing it (. ” »). */
        private int sentenceEnd(int endWord) {
            int to = w.end(endWord - 1);
            int limit = endWord < w.size() ? w.start(endWord) : w.text().length();
            while (to < limit && !Character.isWhitespace(w.text().charAt(to))) {
                to++;
            }
            return to;
        }

        private List<Candidate> candidates(int start, int end, int sentenceEnd) {
            List<Integer> at = new ArrayList<>();
            List<Trigger> triggers = new ArrayList<>();
            for (int i = start; i < end; i++) {
                EventLexicon.Match<Trigger> m = w.trigger(i);
                if (m != null && hasObject(m.value(), i + m.length(), sentenceEnd) && !insideName(i)) {
                    at.add(i);
                    triggers.add(m.value());
                    i += m.length() - 1;
                }
            }
            List<Candidate> out = new ArrayList<>(at.size());
            for (int k = 0; k < at.size(); k++) {
                Trigger t = triggers.get(k);
                int segmentStart = k == 0 || t.form() == VerbForm.POSSESSED ? start : carrier(at.get(k), at.get(k - 1), t);
                out.add(new Candidate(t, at.get(k), segmentStart, k + 1 < at.size() ? at.get(k + 1) : end));
            }
            return out;
        }

        /**
         * Where the words of an event noun start: at the light verb that carries it when there is one
         * after the previous event word (سيقوم ... كيم جونغ أون بزيارة: the subject stands between), else
         * at the noun.
         */
        private int carrier(int word, int previous, Trigger t) {
            if (!t.form().isNoun()) {
                return word;
            }
            for (int j = word - 1; j > previous && j >= word - LIGHT_VERB_REACH; j--) {
                if (w.isCue(j, CueKind.LIGHT_FUTURE) || w.isCue(j, CueKind.LIGHT_PAST)) {
                    return j;
                }
            }
            return word;
        }

        private boolean hasObject(Trigger t, int from, int sentenceEnd) {
            if (t.objects().isEmpty()) {
                return true;
            }
            for (int i = from; i < Math.min(sentenceEnd, from + OBJECT_WINDOW); i++) {
                if (t.objects().contains(w.key(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether word {@code i} is part of an entity's name (قمة in the name of a summit organization). */
        private boolean insideName(int i) {
            for (Mention m : mentions) {
                if (m.start > w.start(i)) {
                    return false;
                }
                if (m.end > w.start(i) && m.start <= w.start(i)) {
                    return true;
                }
            }
            return false;
        }

        private Draft draft(Candidate c, int clauseStart, int clauseEnd, int cueLimit, TimeExpression clauseDate) {
            int from = w.start(c.segmentStart);
            int to = w.end(c.segmentEnd - 1);
            TimeExpression dating = nearestDate(from, to, w.start(c.word));
            if (dating == null) {
                dating = clauseDate;
            }
            StatusRules.DateFacts facts = facts(dating);
            EventStatus status = StatusRules.decide(w, c.word, c.trigger.length(), c.trigger.form(), cueLimit, clauseEnd,
                    facts, published);
            if (status == null) {
                return null;
            }
            Draft d = new Draft(c.trigger.type());
            d.wordStart = w.start(c.word);
            d.status = status;
            d.date = facts.date() == null ? null : facts.date().value();
            for (Mention m : mentions) {
                if (m.start >= from && m.end <= to && m.type != EntityType.LOC && !NOT_PARTICIPANTS.contains(m.subtype)) {
                    d.participants.add(m.id);
                }
            }
            if (!isStatement(d.type)) {
                d.place = place(c, from, to, !d.participants.isEmpty());
            }
            return d;
        }

        // ---- dates

        /**
         * The date expression in {@code from..to} nearest to {@code anchor}, not after منذ; a calendar
         * date before a reference (مؤخرا، الأيام المقبلة); null for none.
         */
        private TimeExpression nearestDate(int from, int to, int anchor) {
            TimeExpression best = null;
            boolean bestIsDate = false;
            for (TimeExpression t : times) {
                if (t.start() < from || t.end() > to || !dates(t)) {
                    continue;
                }
                boolean isDate = TimexDate.parse(t.value()) != null;
                if (best == null || isDate && !bestIsDate
                        || isDate == bestIsDate && Math.abs(t.start() - anchor) < Math.abs(best.start() - anchor)) {
                    best = t;
                    bestIsDate = isDate;
                }
            }
            return best;
        }

        /** The one calendar date expression of the range, or null when it has none or several. */
        private TimeExpression onlyDate(int from, int to) {
            TimeExpression only = null;
            for (TimeExpression t : times) {
                if (t.start() >= from && t.end() <= to && dates(t) && TimexDate.parse(t.value()) != null) {
                    if (only != null) {
                        return null;
                    }
                    only = t;
                }
            }
            return only;
        }

        /** Whether an expression can date an event: a date or time, not one that starts a period (منذ). */
        private boolean dates(TimeExpression t) {
            if (!t.type().equals(TimeExpression.DATE) && !t.type().equals(TimeExpression.TIME)) {
                return false;
            }
            int first = w.wordAtOrAfter(t.start());
            return first == 0 || !w.isCue(first - 1, CueKind.SINCE);
        }

        private StatusRules.DateFacts facts(TimeExpression t) {
            if (t == null) {
                return StatusRules.DateFacts.NONE;
            }
            boolean past = t.value().equals("PAST_REF");
            boolean future = t.value().equals("FUTURE_REF");
            for (int i = w.wordAtOrAfter(t.start()); i < w.size() && w.start(i) < t.end(); i++) {
                past |= w.isCue(i, CueKind.PAST_DATE);
                future |= w.isCue(i, CueKind.FUTURE_DATE);
            }
            return new StatusRules.DateFacts(TimexDate.parse(t.value()), past, future);
        }

        // ---- places

        /**
         * The place of the event in {@code from..to}: one introduced by في / إلى after the event word,
         * else before a verb (في موسكو، التقى; a noun's place follows it); in a visit with someone taking part, else the first place after the event
         * word (زار شويغو بيونج يانج).
         */
        private String place(Candidate c, int from, int to, boolean hasParticipants) {
            String afterPreposition = null;
            String beforePreposition = null;
            String firstAfter = null;
            int triggerStart = w.start(c.word);
            for (Mention m : mentions) {
                if (m.type != EntityType.LOC || m.start < from || m.end > to) {
                    continue;
                }
                boolean introduced = introduced(m);
                if (m.start > triggerStart) {
                    if (introduced && afterPreposition == null) {
                        afterPreposition = m.id;
                    }
                    if (firstAfter == null) {
                        firstAfter = m.id;
                    }
                } else if (introduced && beforePreposition == null && !c.trigger.form().isNoun()) {
                    beforePreposition = m.id;
                }
            }
            if (afterPreposition != null) {
                return afterPreposition;
            }
            if (beforePreposition != null) {
                return beforePreposition;
            }
            return c.trigger.type() == EventType.VISIT && hasParticipants ? firstAfter : null;
        }

        /** The one place introduced by في / إلى in {@code from..to}, or null when there is none or several. */
        private String onlyPlace(int from, int to) {
            String only = null;
            for (Mention m : mentions) {
                if (m.type == EntityType.LOC && m.start >= from && m.end <= to && introduced(m)) {
                    if (only != null && !only.equals(m.id)) {
                        return null;
                    }
                    only = m.id;
                }
            }
            return only;
        }

        /** Whether a preposition of place stands at most {@link #PREPOSITION_REACH} words before the mention. */
        private boolean introduced(Mention m) {
            int first = w.wordAtOrAfter(m.start);
            if (first > 0 && w.start(first) > m.start) {
                first--; // the mention starts inside a word, after a proclitic (بكوريا)
            }
            for (int j = first - 1; j >= Math.max(0, first - 1 - PREPOSITION_REACH); j--) {
                if (w.startsSentence(j + 1)) {
                    return false;
                }
                if (w.isCue(j, CueKind.PLACE_PREPOSITION)) {
                    return true;
                }
                if (w.cueLength(j) > 0) {
                    return false; // إلى أن موسكو: the preposition governs the clause, not the place
                }
            }
            return false;
        }
    }
}

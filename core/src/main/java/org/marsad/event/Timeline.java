package org.marsad.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.Entity;

/**
 * The events of many articles on one timeline. Event frames that tell the same event are merged:
 * <ul>
 *   <li>same type;</li>
 *   <li>with every frame merged so far (so that no chain of partial overlaps joins two different
 *       events): someone in common, or, when one of them names nobody, the same place (كانت آخر
 *       زيارة له إلى كوريا الشمالية);</li>
 *   <li>compatible dates: a month is compatible with the days inside it, a year with its months, a
 *       date whose year the article could not resolve ({@code XXXX-06}) with that month of any year;
 *       a dated frame and an undated one are never merged, since nothing says they are the same event
 *       (a visit planned for "Tuesday" is not the visit of 2000); undated frames only within one
 *       article or one story (two outlets telling one planned visit), and not when they name
 *       different places.</li>
 * </ul>
 * A date whose year is unknown takes the year of another event of the same sentence with the same
 * date expression (وقع ... اتفاقية خلال زيارة بوتين ... في حزيران الماضي: the treaty is dated with
 * the visit, whose year another article gives).
 * A merged event takes the most precise date its sources agree on (the year of one, the day of
 * another) and the span when they give different days or months; it happened if any source tells
 * it as done, else it is planned if any source plans it; its participants are all of theirs; its
 * place the most specific one named most; its summary the most complete sentence. Events are
 * ordered by date, those with an unresolved year or no date last; frames are read in article id
 * order so that the same articles always give the same timeline.
 */
public final class Timeline {

    /** Place subtypes less specific than a city: a visit to Pyongyang is more precisely told than one to North Korea. */
    private static final Set<String> BROAD_PLACES = Set.of("country", "region", "continent");

    private Timeline() {
    }

    /**
     * The timeline of {@code articles}, restricted to the events in which one of {@code entityIds}
     * takes part or is the place; every event when {@code entityIds} is empty.
     */
    public static List<TimelineEvent> build(Collection<AnalyzedArticle> articles, Collection<String> entityIds) {
        return build(articles, entityIds, Map.of());
    }

    /**
     * The timeline as {@link #build(Collection, Collection)}, where the undated frames of articles of
     * one story (article id to story id in {@code storyOf}) may be merged as those of one article.
     */
    public static List<TimelineEvent> build(Collection<AnalyzedArticle> articles, Collection<String> entityIds,
                                            Map<String, String> storyOf) {
        List<AnalyzedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(a -> a.article().id()));
        Map<String, Entity> entities = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (AnalyzedArticle a : ordered) {
            for (ArticleEntity e : a.entities()) {
                entities.putIfAbsent(e.entity().id(), e.entity());
            }
            for (EventFrame f : a.events()) {
                Member m = new Member(a.article(), storyOf.get(a.article().id()), f, TimexDate.parse(f.date()));
                Cluster home = null;
                for (Cluster c : clusters) {
                    if (c.accepts(m)) {
                        home = c;
                        break;
                    }
                }
                if (home == null) {
                    clusters.add(home = new Cluster(f.type()));
                }
                home.add(m);
            }
        }
        Map<String, Integer> years = new HashMap<>();
        for (Cluster c : clusters) {
            c.span = c.span();
            if (c.span != null && c.span[0].hasYear()) {
                for (Member m : c.members) {
                    if (m.date != null && !m.date.hasYear()) {
                        years.putIfAbsent(m.sentenceDate(), c.span[0].year());
                    }
                }
            }
        }
        Set<String> wanted = Set.copyOf(entityIds);
        List<Built> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.span != null && !c.span[0].hasYear()) {
                c.fillYear(years);
            }
            if (wanted.isEmpty() || c.involvesAny(wanted)) {
                out.add(c.build(entities));
            }
        }
        out.sort(Comparator.comparing(Built::sortDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(b -> b.event.type())
                .thenComparing(b -> b.event.sources().get(0).article()));
        return out.stream().map(Built::event).toList();
    }

    /** One frame as the timeline holds it; {@code story} is its article's story id, or null. */
    private record Member(Article article, String story, EventFrame frame, TimexDate date) {

        /** Whether two frames come from one article, or from articles of one story. */
        boolean sameTelling(Member o) {
            return article.id().equals(o.article.id()) || story != null && story.equals(o.story);
        }

        /** The same date expression in the same sentence of the same article. */
        String sentenceDate() {
            return article.id() + '@' + frame.start() + '@' + frame.date();
        }
    }

    private record Built(TimelineEvent event, TimexDate sortDate) {
    }

    /** The frames merged into one event so far. */
    private static final class Cluster {
        final EventType type;
        final List<Member> members = new ArrayList<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();
        TimexDate[] span;

        Cluster(EventType type) {
            this.type = type;
        }

        boolean accepts(Member m) {
            if (m.frame.type() != type) {
                return false;
            }
            for (Member o : members) {
                if (!together(m, o)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether two frames can tell the same event: compatible dates, and someone in common or,
         * when one names nobody, the same place. Undated frames only within one article or one story,
         * where they must also not name different places: across stories nothing ties two undated
         * tellings.
         */
        private static boolean together(Member m, Member o) {
            if ((m.date == null) != (o.date == null) || m.date != null && !m.date.compatible(o.date)) {
                return false;
            }
            if (m.date == null && (!m.sameTelling(o)
                    || m.frame.place() != null && o.frame.place() != null && !m.frame.place().equals(o.frame.place()))) {
                return false;
            }
            for (String p : m.frame.participants()) {
                if (o.frame.participants().contains(p)) {
                    return true;
                }
            }
            boolean someoneMissing = m.frame.participants().isEmpty() || o.frame.participants().isEmpty();
            return someoneMissing && m.frame.place() != null && m.frame.place().equals(o.frame.place());
        }

        void add(Member m) {
            members.add(m);
            participants.addAll(m.frame.participants());
            if (m.frame.place() != null) {
                places.add(m.frame.place());
            }
        }

        boolean involvesAny(Set<String> ids) {
            for (String id : ids) {
                if (participants.contains(id) || places.contains(id)) {
                    return true;
                }
            }
            return false;
        }

        /** The year another event of the same sentence and date expression has, when all such agree. */
        void fillYear(Map<String, Integer> years) {
            Integer year = null;
            for (Member m : members) {
                Integer y = years.get(m.sentenceDate());
                if (y != null && year != null && !y.equals(year)) {
                    return;
                }
                year = y != null ? y : year;
            }
            if (year != null) {
                TimexDate withYear = new TimexDate(year, 0, 0);
                span = new TimexDate[] {span[0].fill(withYear), span[1].fill(withYear)};
            }
        }

        Built build(Map<String, Entity> entities) {
            Map<String, EventSource> sources = new LinkedHashMap<>();
            for (Member m : members) {
                Article a = m.article;
                sources.putIfAbsent(a.id() + "\n" + m.frame.sentence(),
                        new EventSource(a.id(), a.source(), a.outlet(), m.frame.sentence()));
            }
            TimelineEvent event = new TimelineEvent(
                    span == null ? null : span[0].value(),
                    span == null || span[1].equals(span[0]) ? null : span[1].value(),
                    type, status(), List.copyOf(participants), place(entities), summary(), List.copyOf(sources.values()));
            return new Built(event, span == null ? null : span[0]);
        }

        /** Happened if any source says it is done; planned if any plans it; else reported. */
        private EventStatus status() {
            boolean planned = false;
            for (Member m : members) {
                if (m.frame.status() == EventStatus.HAPPENED) {
                    return EventStatus.HAPPENED;
                }
                planned |= m.frame.status() == EventStatus.PLANNED;
            }
            return planned ? EventStatus.PLANNED : EventStatus.REPORTED;
        }

        /**
         * The earliest and latest dates at the finest granularity the sources give, each completed
         * with the parts other sources know (the year of {@code 2024-06} completes {@code XXXX-06-19});
         * null when no source dates the event.
         */
        private TimexDate[] span() {
            List<TimexDate> dates = new ArrayList<>();
            for (Member m : members) {
                if (m.date != null) {
                    dates.add(m.date);
                }
            }
            if (dates.isEmpty()) {
                return null;
            }
            List<TimexDate> filled = new ArrayList<>(dates.size());
            for (TimexDate d : dates) {
                TimexDate f = d;
                for (TimexDate o : dates) {
                    if (o.precision() < f.precision() || !f.hasYear() && o.hasYear()) {
                        f = f.fill(o);
                    }
                }
                filled.add(f);
            }
            int finest = 0;
            for (TimexDate d : filled) {
                finest = Math.max(finest, d.precision() + (d.hasYear() ? 10 : 0));
            }
            TimexDate first = null;
            TimexDate last = null;
            for (TimexDate d : filled) {
                if (d.precision() + (d.hasYear() ? 10 : 0) == finest) {
                    first = first == null || d.compareTo(first) < 0 ? d : first;
                    last = last == null || d.compareTo(last) > 0 ? d : last;
                }
            }
            return new TimexDate[] {first, last};
        }

        /** The place named by most sources, a city before the country it is in. */
        private String place(Map<String, Entity> entities) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Member m : members) {
                if (m.frame.place() != null) {
                    counts.merge(m.frame.place(), 1, Integer::sum);
                }
            }
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || better(e.getKey(), e.getValue(), best, counts.get(best), entities)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        private static boolean better(String id, int count, String than, int thanCount, Map<String, Entity> entities) {
            boolean specific = isSpecific(entities.get(id));
            boolean thanSpecific = isSpecific(entities.get(than));
            return specific != thanSpecific ? specific : count > thanCount;
        }

        private static boolean isSpecific(Entity e) {
            return e != null && !BROAD_PLACES.contains(e.subtype());
        }

        /** The sentence of the frame that says most: participants, place and date; the first on a tie. */
        private String summary() {
            Member best = null;
            int bestScore = -1;
            for (Member m : members) {
                int score = m.frame.participants().size() + (m.frame.place() != null ? 1 : 0)
                        + (m.date != null ? m.date.precision() + (m.date.hasYear() ? 1 : 0) : 0);
                if (score > bestScore) {
                    best = m;
                    bestScore = score;
                }
            }
            return best.frame.sentence();
        }
    }
}

package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;

/** Merging and ordering of event frames, on frames written for these tests. */
class TimelineTest {

    private static AnalyzedArticle article(String id, String outlet, EventFrame... frames) {
        Article a = new Article(id, "pages/" + id + ".txt", 0, Article.Role.MAIN, null, null, null, outlet, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), "ar", List.of());
        return new AnalyzedArticle(a, List.of(), List.of(), List.of(frames));
    }

    private static EventFrame frame(EventType type, EventStatus status, String date, String place, String sentence,
                                    String... participants) {
        return new EventFrame(type, status, date, List.of(participants), place, sentence, 0, sentence.length());
    }

    @Test
    void oneEventToldByTwoOutletsIsOneEntryWithBothSources() {
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", "أ", frame(EventType.VISIT, EventStatus.PLANNED, "2024-06", "north-korea", "يستعد بوتين لزيارة", "putin")),
                article("b", "ب", frame(EventType.VISIT, EventStatus.HAPPENED, "XXXX-06-19", "pyongyang", "زار بوتين بيونغ يانغ", "putin", "kim"))),
                Set.of());
        assertEquals(1, t.size());
        TimelineEvent e = t.get(0);
        assertEquals("2024-06-19", e.date());
        assertNull(e.dateTo());
        assertEquals(EventStatus.HAPPENED, e.status());
        assertEquals(List.of("putin", "kim"), e.participants());
        assertEquals(2, e.sources().size());
        assertEquals("زار بوتين بيونغ يانغ", e.summary());
    }

    @Test
    void onlyPlannedTellingsStayPlanned() {
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", null, frame(EventType.VISIT, EventStatus.PLANNED, "2024-06", "moscow", "سيزور", "kim")),
                article("b", null, frame(EventType.VISIT, EventStatus.REPORTED, "2024-06-12", "moscow", "زيارة", "kim"))),
                Set.of());
        assertEquals(1, t.size());
        assertEquals(EventStatus.PLANNED, t.get(0).status());
    }

    @Test
    void differentDaysGiveASpan() {
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", null, frame(EventType.MEETING, EventStatus.HAPPENED, "2024-06-18", null, "التقى", "putin", "kim")),
                article("b", null, frame(EventType.MEETING, EventStatus.HAPPENED, "2024-06", null, "لقاء", "kim"))),
                Set.of());
        assertEquals(1, t.size());
        assertEquals("2024-06-18", t.get(0).date());
    }

    @Test
    void incompatibleDatesAreTwoEventsInDateOrder() {
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", null, frame(EventType.VISIT, EventStatus.HAPPENED, "2024-06", "pyongyang", "زار 2024", "putin")),
                article("b", null, frame(EventType.VISIT, EventStatus.HAPPENED, "2000-07", "pyongyang", "زار 2000", "putin"))),
                Set.of());
        assertEquals(List.of("2000-07", "2024-06"), t.stream().map(TimelineEvent::date).toList());
    }

    @Test
    void anUndatedFrameNeverJoinsADatedOneNorOneOfAnotherArticle() {
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", null, frame(EventType.VISIT, EventStatus.PLANNED, null, "pyongyang", "سيزور يوم الثلاثاء", "putin")),
                article("b", null, frame(EventType.VISIT, EventStatus.HAPPENED, "2000", "pyongyang", "زار عام 2000", "putin")),
                article("c", null, frame(EventType.VISIT, EventStatus.HAPPENED, null, "pyongyang", "زار", "putin"))),
                Set.of());
        assertEquals(3, t.size());
        assertEquals("2000", t.get(0).date());
        assertEquals(EventStatus.PLANNED, t.get(1).status());
    }

    @Test
    void undatedFramesOfArticlesOfOneStoryAreOneEvent() {
        List<AnalyzedArticle> articles = List.of(
                article("a", "أ", frame(EventType.VISIT, EventStatus.PLANNED, null, "north-korea", "يستعد بوتين لزيارة", "putin")),
                article("b", "ب", frame(EventType.VISIT, EventStatus.PLANNED, null, "north-korea", "من المقرر أن يزور", "putin")),
                article("c", "ج", frame(EventType.VISIT, EventStatus.PLANNED, null, "vietnam", "سيزور فيتنام", "putin")));
        List<TimelineEvent> t = Timeline.build(articles, Set.of(), java.util.Map.of("a", "s1", "b", "s1", "c", "s1"));
        assertEquals(2, t.size(), "one story, two places: two events");
        TimelineEvent visit = t.stream().filter(e -> "north-korea".equals(e.place())).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), visit.sources().stream().map(EventSource::article).toList());
        // in different stories (or none known) the same undated frames stay apart
        assertEquals(3, Timeline.build(articles, Set.of(), java.util.Map.of("a", "s1", "b", "s2")).size());
        assertEquals(3, Timeline.build(articles, Set.of()).size());
    }

    @Test
    void noChainOfPartialOverlapsJoinsTwoEvents() {
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", null, frame(EventType.MEETING, EventStatus.HAPPENED, "2024-06", null, "1", "putin", "kim")),
                article("b", null, frame(EventType.MEETING, EventStatus.HAPPENED, "2024-06", null, "2", "kim", "lavrov")),
                article("c", null, frame(EventType.MEETING, EventStatus.HAPPENED, "2024-06", null, "3", "lavrov", "macron"))),
                Set.of());
        assertEquals(2, t.size());
    }

    @Test
    void theFilterKeepsEventsWithTheEntityAsParticipantOrPlace() {
        List<AnalyzedArticle> articles = List.of(
                article("a", null, frame(EventType.VISIT, EventStatus.HAPPENED, "2024-06", "pyongyang", "1", "putin")),
                article("b", null, frame(EventType.STATEMENT, EventStatus.HAPPENED, "2024-05", null, "2", "macron")));
        assertEquals(1, Timeline.build(articles, Set.of("pyongyang")).size());
        assertEquals(1, Timeline.build(articles, Set.of("macron")).size());
        assertEquals(2, Timeline.build(articles, Set.of("macron", "putin")).size());
        assertEquals(0, Timeline.build(articles, Set.of("kim")).size());
    }

    @Test
    void anUnknownYearIsTakenFromAnotherEventOfTheSameSentence() {
        String sentence = "ووقع بوتين وكيم خلال زيارة بوتين إلى بيونج يانج في حزيران الماضي اتفاقية";
        List<TimelineEvent> t = Timeline.build(List.of(
                article("a", null,
                        frame(EventType.AGREEMENT, EventStatus.HAPPENED, "XXXX-06", "pyongyang", sentence, "putin", "kim"),
                        frame(EventType.VISIT, EventStatus.HAPPENED, "XXXX-06", "pyongyang", sentence, "putin")),
                article("b", null, frame(EventType.VISIT, EventStatus.PLANNED, "2024-06", "north-korea", "يستعد", "putin"))),
                Set.of());
        assertEquals(List.of("2024-06", "2024-06"), t.stream().map(TimelineEvent::date).toList());
    }
}

package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityRecognizer;
import org.marsad.time.TemporalTagger;

/** Event frames of sentences written for these tests, analyzed by the real entity and time stages. */
class EventExtractorTest {

    private static final EntityRecognizer ENTITIES = new EntityRecognizer();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static List<EventFrame> frames(String text, LocalDate published) {
        List<ArticleEntity> entities = EntityRecognizer.group(ENTITIES.recognize(text));
        return new EventExtractor().extract(text, entities, TemporalTagger.standard().tag(text, published), published);
    }

    private static EventFrame only(List<EventFrame> frames, EventType type) {
        List<EventFrame> ofType = frames.stream().filter(f -> f.type() == type).toList();
        assertEquals(1, ofType.size(), "one " + type + " in " + frames);
        return ofType.get(0);
    }

    @Test
    void aPerfectVerbTellsAVisitDoneWithItsPlaceAndDate() {
        EventFrame f = only(frames("زار الرئيس إيمانويل ماكرون القاهرة في 5 مارس 2024.", PUBLISHED), EventType.VISIT);
        assertEquals(EventStatus.HAPPENED, f.status());
        assertEquals(List.of("emmanuel-macron"), f.participants());
        assertEquals("cairo", f.place());
        assertEquals("2024-03-05", f.date());
    }

    @Test
    void aFutureVerbIsPlanned() {
        EventFrame f = only(frames("سيزور الرئيس رجب طيب أردوغان الرياض الأسبوع المقبل.", PUBLISHED), EventType.VISIT);
        assertEquals(EventStatus.PLANNED, f.status());
        assertEquals("riyadh", f.place());
    }

    @Test
    void aScheduledVisitIsPlannedNeverDone() {
        for (String text : List.of(
                "ومن المقرر أن يزور فلاديمير بوتين طهران.",
                "يستعد فلاديمير بوتين لزيارة طهران.",
                "أعلن الكرملين عن زيارة مرتقبة لفلاديمير بوتين إلى طهران.",
                "ويعتزم فلاديمير بوتين زيارة طهران.",
                "وإذا زار فلاديمير بوتين طهران فسيكون ذلك حدثا كبيرا.")) {
            EventFrame f = only(frames(text, PUBLISHED), EventType.VISIT);
            assertEquals(EventStatus.PLANNED, f.status(), text);
            assertEquals("tehran", f.place(), text);
            assertTrue(f.participants().contains("vladimir-putin"), text);
        }
    }

    @Test
    void aVisitDatedAfterPublicationIsPlannedWhateverTheVerb() {
        EventFrame f = only(frames("زيارة فلاديمير بوتين إلى طهران في 20 أبريل 2024.", PUBLISHED), EventType.VISIT);
        assertEquals(EventStatus.PLANNED, f.status());
        assertEquals("2024-04-20", f.date());
    }

    @Test
    void aNounDatedInThePastHappened() {
        EventFrame f = only(frames("وكانت آخر زيارة لفلاديمير بوتين إلى طهران في يوليو 2022.", PUBLISHED), EventType.VISIT);
        assertEquals(EventStatus.HAPPENED, f.status());
        assertEquals("2022-07", f.date());
    }

    @Test
    void aNounWithNothingToSettleItIsOnlyReported() {
        EventFrame f = only(frames("وتأتي زيارة فلاديمير بوتين إلى طهران في ظروف صعبة.", null), EventType.VISIT);
        assertEquals(EventStatus.REPORTED, f.status());
        assertNull(f.date());
    }

    @Test
    void aNegatedEventIsNoEvent() {
        assertTrue(frames("لم يزر فلاديمير بوتين طهران.", PUBLISHED).isEmpty());
        assertTrue(frames("واستبعد الكرملين عقد لقاء بين فلاديمير بوتين وإيمانويل ماكرون.", PUBLISHED).stream()
                .noneMatch(f -> f.type() == EventType.MEETING));
    }

    @Test
    void theDateOfTheAnnouncementIsNotTheDateOfTheVisit() {
        List<EventFrame> fs = frames("أعلن الكرملين في 2 مارس أن كيم جونغ أون سيزور موسكو قريبا.", PUBLISHED);
        EventFrame announcement = only(fs, EventType.ANNOUNCEMENT);
        EventFrame visit = only(fs, EventType.VISIT);
        assertEquals("2024-03-02", announcement.date());
        assertEquals(List.of("kremlin"), announcement.participants());
        assertNull(visit.date());
        assertEquals(EventStatus.PLANNED, visit.status());
        assertEquals(List.of("kim-jong-un"), visit.participants());
        assertEquals("moscow", visit.place());
    }

    @Test
    void aDateAfterSinceDatesNothing() {
        EventFrame f = only(frames("وهذه أول زيارة يقوم بها فلاديمير بوتين إلى طهران منذ عام 2007.", PUBLISHED), EventType.VISIT);
        assertNull(f.date());
        assertEquals(EventStatus.REPORTED, f.status());
    }

    @Test
    void aSourceAfterAccordingToIsNoParticipant() {
        EventFrame f = only(frames("التقى فلاديمير بوتين إيمانويل ماكرون في باريس، بحسب أنطونيو غوتيريش.", PUBLISHED),
                EventType.MEETING);
        assertEquals(List.of("vladimir-putin", "emmanuel-macron"), f.participants());
        assertEquals("paris", f.place());
        assertEquals(EventStatus.HAPPENED, f.status());
    }

    @Test
    void aTimeClauseTakesTheDateOfTheClauseBefore() {
        List<EventFrame> fs = frames("زار كيم جونغ أون موسكو في أبريل 2019، عندما التقى فلاديمير بوتين في الكرملين.", PUBLISHED);
        EventFrame meeting = only(fs, EventType.MEETING);
        assertEquals("2019-04", meeting.date());
        assertEquals("2019-04", only(fs, EventType.VISIT).date());
    }

    @Test
    void aSigningVerbNeedsWhatIsSigned() {
        EventFrame f = only(frames("ووقع فلاديمير بوتين وكيم جونغ أون اتفاقية شراكة في بيونغ يانغ أمس.", PUBLISHED),
                EventType.AGREEMENT);
        assertEquals(EventStatus.HAPPENED, f.status());
        assertEquals(List.of("vladimir-putin", "kim-jong-un"), f.participants());
        assertEquals("pyongyang", f.place());
        assertEquals("2024-03-09", f.date());
        assertTrue(frames("ووقع الحادث في طهران أمس.", PUBLISHED).isEmpty());
    }

    @Test
    void sendingTroopsIsADeploymentSendingALetterIsNot() {
        EventFrame f = only(frames("وأرسل فلاديمير بوتين نحو 10 آلاف جندي إلى سوريا.", PUBLISHED), EventType.DEPLOYMENT);
        assertEquals(EventStatus.HAPPENED, f.status());
        assertEquals("syria", f.place());
        assertTrue(frames("وأرسل فلاديمير بوتين رسالة تهنئة إلى كيم جونغ أون.", PUBLISHED).stream()
                .noneMatch(x -> x.type() == EventType.DEPLOYMENT));
    }

    @Test
    void maySignIsAProspect() {
        EventFrame f = only(frames("وذكرت وسائل الإعلام أن فلاديمير بوتين وكيم جونغ أون قد يوقعان اتفاقية.", PUBLISHED),
                EventType.AGREEMENT);
        assertEquals(EventStatus.PLANNED, f.status());
    }

    @Test
    void aStatementNeedsSomeoneWhoMakesIt() {
        EventFrame f = only(frames("وقال إيمانويل ماكرون إن الوضع خطير.", PUBLISHED), EventType.STATEMENT);
        assertEquals(List.of("emmanuel-macron"), f.participants());
        assertTrue(frames("وقال المتحدث إن الوضع في طهران خطير.", PUBLISHED).isEmpty());
    }

    @Test
    void theSentenceIsKeptAsWrittenWithItsOffsets() {
        String text = "مقدمة بلا حدث.\nوالتقى فلاديمير بوتين إيمانويل ماكرون في باريس.";
        EventFrame f = only(frames(text, PUBLISHED), EventType.MEETING);
        assertEquals("والتقى فلاديمير بوتين إيمانويل ماكرون في باريس.", f.sentence());
        assertEquals(f.sentence(), text.substring(f.start(), f.end()));
    }
}

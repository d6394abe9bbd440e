package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.analyze.ArticleAnalyzer;
import org.marsad.article.Article;

/** The event an article leads with, and how story clustering uses it. */
class LeadEventTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private static StoryArticle analyzed(String id, LocalDate published, String title, String... paragraphs) {
        Article a = new Article(id, id + ".txt", 0, Article.Role.MAIN, title, published, published == null ? null : "page",
                null, null, null, List.of(), List.of(), List.of(paragraphs), List.of(), List.of(), "ar", List.of());
        return StoryArticle.of(ANALYZER.analyze(a));
    }

    /** The same article without its lead events, as clustering saw it before they were read. */
    private static StoryArticle withoutLeadEvents(StoryArticle a) {
        return new StoryArticle(a.id(), a.source(), a.position(), a.title(), a.text(), a.published(), a.outlet());
    }

    // Two outlets announce one planned visit in different words, each with its own background; a
    // third article, on the visit the other way round a year before, shares more of their words.
    private static final StoryArticle PLANNED = analyzed("a", LocalDate.of(2024, 2, 5),
            "الرئيس التركي يستعد لزيارة مصر",
            "يستعد الرئيس التركي رجب طيب أردوغان لزيارة مصر الأسبوع المقبل بحسب مصادر دبلوماسية في أنقرة.",
            "وتأتي الزيارة بعد سنوات من القطيعة بين البلدين، وينتظر أن تشمل ملفات التجارة والطاقة وغزة.",
            "وكان وزيرا الخارجية قد تبادلا الزيارات خلال العام الماضي تمهيدا لعودة السفراء.");
    private static final StoryArticle RETOLD = analyzed("b", null,
            "أردوغان في القاهرة الأربعاء",
            "من المقرر أن يزور أردوغان مصر يوم الأربعاء في أول زيارة له منذ عام 2012.",
            "ويلتقي الرئيس عبد الفتاح السيسي في قصر الاتحادية لبحث العلاقات الثنائية.",
            "ويرافقه وفد من رجال الأعمال والوزراء.");
    private static final StoryArticle REVERSE = analyzed("c", LocalDate.of(2023, 1, 10),
            "السيسي يزور تركيا لأول مرة منذ سنوات",
            "يزور الرئيس عبد الفتاح السيسي تركيا الأسبوع المقبل لأول مرة منذ سنوات، بحسب مصادر دبلوماسية.",
            "ومن المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان في أنقرة لبحث التجارة والطاقة.",
            "وتأتي الزيارة بعد سنوات من القطيعة بين البلدين وتبادل وزيري الخارجية الزيارات.");

    @Test
    void aLeadEventIsWhoVisitsWhere() {
        assertEquals(List.of(new LeadEvent("visit", List.of("recep-tayyip-erdogan"), "egypt")), PLANNED.leadEvents());
        assertTrue(PLANNED.leadEvents().get(0).sameEvent(RETOLD.leadEvents().get(0)), RETOLD.leadEvents().toString());
        assertFalse(PLANNED.leadEvents().get(0).sameEvent(REVERSE.leadEvents().get(0)), REVERSE.leadEvents().toString());
    }

    @Test
    void anEventFarIntoTheTextIsNotTheLead() {
        StringBuilder filler = new StringBuilder();
        while (filler.length() < LeadEvent.LEAD_CHARS) {
            filler.append("وناقش المجلس في جلسته الأسبوعية عددا من الموضوعات المدرجة على جدول الأعمال. ");
        }
        StoryArticle late = analyzed("d", LocalDate.of(2024, 2, 5), null, filler.toString(),
                "ومن المقرر أن يزور أردوغان مصر يوم الأربعاء.");
        assertEquals(List.of(), late.leadEvents());
    }

    @Test
    void sameEventNeedsTheSamePlaceOrTwoSharedParticipants() {
        LeadEvent visit = new LeadEvent("visit", List.of("p1"), "x");
        assertTrue(visit.sameEvent(new LeadEvent("visit", List.of("p1", "p2"), "x")));
        assertFalse(visit.sameEvent(new LeadEvent("visit", List.of("p1"), "y")), "another place");
        assertFalse(visit.sameEvent(new LeadEvent("visit", List.of("p1", "p2"), null)), "a place on one side only");
        assertFalse(visit.sameEvent(new LeadEvent("meeting", List.of("p1"), "x")), "another type");
        assertFalse(visit.sameEvent(new LeadEvent("visit", List.of("p3"), "x")), "nobody in common");
        LeadEvent talks = new LeadEvent("meeting", List.of("p1", "p2"), null);
        assertTrue(talks.sameEvent(new LeadEvent("meeting", List.of("p2", "p1", "p3"), null)));
        assertFalse(talks.sameEvent(new LeadEvent("meeting", List.of("p1", "p3"), null)));
    }

    @Test
    void retellingsOfOneLeadEventJoinWhereTheirWordsAloneWouldNot() {
        List<StoryArticle> articles = List.of(PLANNED, RETOLD, REVERSE);
        Map<String, String> story = StoryClustererTest.cluster(articles);
        assertEquals(story.get("a"), story.get("b"));
        assertNotEquals(story.get("a"), story.get("c"));

        // the guard that makes the test mean something: by words alone the retelling stays apart
        List<StoryArticle> bare = new ArrayList<>();
        articles.forEach(a -> bare.add(withoutLeadEvents(a)));
        Map<String, String> byWords = StoryClustererTest.cluster(bare);
        assertNotEquals(byWords.get("a"), byWords.get("b"));
    }
}

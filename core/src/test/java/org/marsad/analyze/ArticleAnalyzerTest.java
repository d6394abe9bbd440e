package org.marsad.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.event.EventFrame;
import org.marsad.event.EventStatus;
import org.marsad.event.EventType;

/** The analysis stages composed: the date stage for undated articles, and events. */
class ArticleAnalyzerTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private static Article undated(String paragraph) {
        return new Article("x", "x.txt", 0, Article.Role.MAIN, null, null, null, null, null, null, List.of(),
                List.of(), List.of(paragraph), List.of(), List.of(), "ar", List.of());
    }

    @Test
    void anUndatedArticleGetsTheDateItsTextStates() {
        AnalyzedArticle a = ANALYZER.analyze(undated("قال الوزير أمس الأحد 16 يونيو 2024 إن الوفد سيصل إلى القاهرة غدا."));
        assertEquals(LocalDate.of(2024, 6, 17), a.article().published());
        assertEquals("text", a.article().publishedFrom());
        EventFrame visit = a.events().stream().filter(f -> f.type() == EventType.VISIT).findFirst().orElseThrow();
        assertEquals("2024-06-18", visit.date());
        assertEquals(EventStatus.PLANNED, visit.status());
    }

    @Test
    void anArticleThatStatesNoDayStaysUndated() {
        AnalyzedArticle a = ANALYZER.analyze(undated("زار إيمانويل ماكرون القاهرة في 16 يونيو 2024."));
        assertNull(a.article().published());
        assertNull(a.article().publishedFrom());
        assertEquals("2024-06-16", a.events().get(0).date());
    }
}

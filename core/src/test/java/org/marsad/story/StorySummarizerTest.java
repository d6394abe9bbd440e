package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StorySummarizerTest {

    @Test
    void sentencesBreakAtFullStopsQuestionMarksAndLines() {
        assertEquals(List.of("وصل الوفد إلى الرياض", "هل يلتقي الوزير نظيره", "بدأت المحادثات", "وانتهت"),
                StorySummarizer.sentences("وصل الوفد إلى الرياض. هل يلتقي الوزير نظيره؟ بدأت المحادثات\nوانتهت."));
    }

    @Test
    void aDecimalPointOrAOneLetterAbbreviationDoesNotEndASentence() {
        assertEquals(List.of("ارتفع النمو إلى 3.5 في المئة هذا العام", "وقال د. أحمد إن الرقم متوقع"),
                StorySummarizer.sentences("ارتفع النمو إلى 3.5 في المئة هذا العام. وقال د. أحمد إن الرقم متوقع."));
        assertEquals(List.of("بني المسجد عام 700 م. وما زال قائما"),
                StorySummarizer.sentences("بني المسجد عام 700 م. وما زال قائما"));
    }

    @Test
    void theSummaryTakesTheMostCentralSentencesWithoutRepeats() {
        Vocabulary vocabulary = new Vocabulary();
        String a = "التقى وزير الخارجية السعودي نظيره المصري في القاهرة لبحث الأزمة اليمنية. "
                + "وتناول اللقاء الأوضاع الإنسانية في اليمن وسبل دعم الحكومة الشرعية. الطقس معتدل اليوم في معظم المناطق الساحلية.";
        String b = "التقى وزير الخارجية السعودي نظيره المصري في القاهرة لبحث الأزمة اليمنية أمس. "
                + "وبحث الوزيران الأزمة اليمنية وتطوراتها الأخيرة في القاهرة.";
        List<StoryArticle> articles = List.of(new StoryArticle("a", "a", 0, null, a, null, null),
                new StoryArticle("b", "b", 0, null, b, null, null));
        TermVector centroid = TermVector.EMPTY;
        for (StoryArticle article : articles) {
            TermVector v = ArticleTerms.unigrams(vocabulary, org.marsad.dedup.MatchTerms.of(article.text()));
            vocabulary.addDocument(v.terms);
            centroid = centroid.plus(v, 1);
        }
        List<String> summary = new StorySummarizer(vocabulary).summary(articles, centroid);
        assertTrue(summary.get(0).startsWith("التقى وزير الخارجية السعودي"), summary.toString());
        assertEquals(1, summary.stream().filter(s -> s.startsWith("التقى وزير الخارجية")).count(),
                "the near-identical lead of the second article is the same fact: " + summary);
        assertEquals(3, summary.size(), summary.toString());
        assertTrue(summary.stream().noneMatch(s -> s.startsWith("الطقس")), "the off-topic sentence is least central: " + summary);
    }
}

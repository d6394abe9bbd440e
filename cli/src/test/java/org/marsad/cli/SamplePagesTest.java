package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.RawPage;

/**
 * The five bundled sample pages (real crawled pages), with what a reader finds in them: the number
 * of articles, titles, dates, outlets, tags, agencies and the label of every line. The expected
 * values were written by reading the pages, not by copying the extractor's output.
 */
class SamplePagesTest {

    private static final Map<String, List<Article>> PAGES;

    static {
        Marsad marsad = new Marsad();
        PAGES = DemoPages.load().stream().collect(Collectors.toMap(
                p -> p.source().substring(p.source().lastIndexOf('/') + 1, p.source().lastIndexOf('/') + 4),
                (RawPage p) -> marsad.extract(p)));
    }

    /** Every line label of a page, in line order, across its articles: "1:title 2:meta ...". */
    private static String labels(String page) {
        return PAGES.get(page).stream().flatMap(a -> a.blocks().stream())
                .sorted(Comparator.comparingInt(b -> b.line()))
                .map(b -> b.line() + ":" + b.label().jsonName())
                .collect(Collectors.joining(" "));
    }

    private static Article article(String page, int position) {
        return PAGES.get(page).get(position);
    }

    @Test
    void page000AggregatorPageWithAnAppendedArticle() {
        assertEquals(2, PAGES.get("000").size());
        Article main = article("000", 0);
        assertEquals("الرئيس الروسي يستعد لزيارة كوريا الشمالية وفيتنام", main.title());
        assertEquals(LocalDate.of(2024, 6, 10), main.published());
        assertEquals("البوابة نيوز", main.outlet());
        assertEquals(List.of("الرئيس الروسي", "فلاديمير بوتين", "كوريا الشمالية", "فيتنام", "السفير الروسي"), main.tags());
        assertEquals(List.of("يونهاب"), main.agencies());
        assertEquals(5, main.paragraphs().size());
        Article appended = article("000", 1);
        assertEquals("ترامب يتحدث عن علاقته \"الرائعة\" بكيم جونج أون.. واحتمال اتصال جديد بينهما", appended.title());
        assertEquals(7, appended.paragraphs().size());
        assertNull(appended.published());
        assertEquals("1:title 2:meta 3:noise 4:body 5:body 6:body 7:body 8:body 9:meta 10:meta 11:noise"
                + " 12:appended_title 13:noise 14:appended_body 15:appended_body 16:appended_body 17:appended_body"
                + " 18:appended_body 19:appended_body 20:appended_body", labels("000"));
    }

    @Test
    void page001ThemeWarningSectionAndCommentForm() {
        assertEquals(1, PAGES.get("001").size());
        Article main = article("001", 0);
        assertEquals("بوتين يزور كوريا الشمالية لأول مرة منذ 24 عاما", main.title());
        assertNull(main.published());
        assertNull(main.outlet());
        assertEquals("أخبار العالم", main.section());
        assertEquals(18, main.paragraphs().size());
        String body = java.util.stream.IntStream.iterate(7, i -> i <= 41, i -> i + 2)
                .mapToObj(i -> i + ":body").collect(Collectors.joining(" "));
        assertEquals("1:noise 2:meta 4:title " + body + " 43:noise 45:noise 47:noise", labels("001"));
    }

    @Test
    void page002NoHeadlineCaptionAndBylineWithAgencies() {
        assertEquals(1, PAGES.get("002").size());
        Article main = article("002", 0);
        assertNull(main.title());
        assertNull(main.published());
        assertNull(main.outlet());
        assertEquals("مينه دوك", main.byline());
        assertEquals(List.of("تاس", "يونهاب", "وكالة الأنباء المركزية الكورية", "سبوتنيك"), main.agencies());
        assertEquals(1, main.captions().size());
        assertEquals(11, main.paragraphs().size());
        assertEquals("1:body 2:body 3:body 4:body 5:body 6:caption 7:body 8:body 9:body 10:body 11:body 12:body"
                + " 13:meta 14:noise 15:noise 16:noise", labels("002"));
    }

    @Test
    void page003SourceAndGluedTagsAppendedArticleAndRelatedList() {
        assertEquals(2, PAGES.get("003").size());
        Article main = article("003", 0);
        assertNull(main.title());
        assertEquals("كويت نيوز", main.outlet());
        assertEquals(List.of("د ب أ"), main.agencies());
        assertEquals(List.of("روسيا", "كوريا الشمالية"), main.tags());
        assertEquals(10, main.related().size());
        assertEquals("«الباعور» يلتقي وزراء خارجية سوريا ولبنان وقطر", main.related().get(1));
        Article appended = article("003", 1);
        assertEquals("وزير الخارجية الفرنسي: الهدنة بين روسيا وأوكرانيا قد تظهر مدى استعداد بوتين لمحادثات سلام", appended.title());
        assertEquals(3, appended.paragraphs().size());
        assertEquals("1:body 3:body 5:body 7:body 9:body 11:body 13:body 15:meta 17:meta 19:meta 21:noise"
                + " 23:appended_title 25:noise 27:appended_body 29:appended_body 31:appended_body 33:noise"
                + " 35:related 36:related 37:related 38:related 39:related 40:related 41:related 42:related 43:related 44:related",
                labels("003"));
    }

    @Test
    void page004OutletAloneOnALineAndTwoSourceLines() {
        assertEquals(2, PAGES.get("004").size());
        Article main = article("004", 0);
        assertEquals("في حدث استثنائي .. زعيم كوريا الشمالية يزور روسيا في الايام القادمة", main.title());
        assertEquals(LocalDate.of(2023, 9, 11), main.published());
        assertEquals("سام برس", main.outlet());
        assertEquals(List.of("سبوتنيك"), main.agencies());
        Article appended = article("004", 1);
        assertEquals("روسيا: تقدم القوات الروسية بأراضي دنيبروبتروفسك هو الواقع الجديد", appended.title());
        assertEquals(List.of("تاس"), appended.agencies());
        assertEquals(5, appended.paragraphs().size());
        assertEquals("1:title 2:meta 3:meta 4:body 5:body 6:body 7:body 8:meta 9:meta 10:noise"
                + " 11:appended_title 12:appended_body 13:appended_body 14:appended_body 15:appended_body 16:appended_body",
                labels("004"));
    }

    @Test
    void everyNonBlankLineOfEveryPageIsInExactlyOneArticle() {
        for (RawPage page : DemoPages.load()) {
            String key = page.source().substring(page.source().lastIndexOf('/') + 1, page.source().lastIndexOf('/') + 4);
            List<Integer> expected = new java.util.ArrayList<>();
            String[] lines = page.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    expected.add(i + 1);
                }
            }
            List<Integer> seen = PAGES.get(key).stream().flatMap(a -> a.blocks().stream()).map(b -> b.line()).sorted().toList();
            assertEquals(expected, seen, page.source());
        }
    }

}

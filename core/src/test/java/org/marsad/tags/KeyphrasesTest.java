package org.marsad.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.source.RawPage;

class KeyphrasesTest {

    private static final Marsad MARSAD = new Marsad();

    private static AnalyzedArticle analyze(String page) {
        return MARSAD.analyze(MARSAD.extract(new RawPage("test.txt", page, "UTF-8")).get(0));
    }

    @Test
    void entitiesAndRepeatedNisbaPhrasesAreTheTags() {
        AnalyzedArticle a = analyze("""
                بوتين يبحث الاتفاق النووي مع نظيره الإيراني
                تاريخ النشر: 18 يونيو 2024
                بحث الرئيس الروسي فلاديمير بوتين مع الرئيس الإيراني في طهران اليوم الاتفاق النووي وآفاق التعاون بين البلدين.
                وقال الرئيس الروسي إن بلاده تدعم الاتفاق النووي، مشيرا إلى أن المحادثات التي بدأت العام الماضي ستستمر.
                وأضاف بوتين أن العام الماضي شهد تقاربا كبيرا بين موسكو وطهران.
                """);
        List<String> tags = Keyphrases.of(a, Keyphrases.DEFAULT_MAX);
        assertEquals("فلاديمير بوتين", tags.get(0), tags.toString());
        assertTrue(tags.contains("الاتفاق النووي"), "a nisba phrase said three times and in the headline: " + tags);
        assertTrue(tags.contains("الرئيس الروسي"), tags.toString());
        assertFalse(tags.contains("العام الماضي"), "a time phrase is no topic: " + tags);
        assertTrue(tags.size() <= Keyphrases.DEFAULT_MAX);
    }

    @Test
    void aPhraseSaidOnceOutsideTheHeadlineIsNoTag() {
        AnalyzedArticle a = analyze("""
                افتتاح معرض الكتاب في الرياض
                تاريخ النشر: 2 أكتوبر 2024
                افتتح في الرياض معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر من الدول العربية.
                ويستمر المعرض عشرة أيام وسط إقبال كبير من الزوار.
                """);
        List<String> tags = Keyphrases.of(a, Keyphrases.DEFAULT_MAX);
        assertFalse(tags.contains("الدول العربية"), tags.toString());
        assertTrue(tags.contains("الرياض"), tags.toString());
    }
}

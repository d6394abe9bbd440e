package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.normalize.ArabicNormalizer;

class MetaLineParserTest {

    private static final MetaLineParser PARSER = new MetaLineParser(ArabicNormalizer.standard()::key);

    @Test
    void labelWithColon() {
        assertEquals(List.of(new MetaSegment(MetaField.DATE, "تاريخ النشر", "10th, June 2024 GMT", true)),
                PARSER.parse("تاريخ النشر: 10th, June 2024 GMT"));
    }

    @Test
    void labelWithoutColon() {
        assertEquals(List.of(new MetaSegment(MetaField.SOURCE, "المصدر", "رويترز", false)), PARSER.parse("المصدر رويترز"));
    }

    @Test
    void spacedColon() {
        assertEquals("الجزيرة نت", PARSER.parse("المصدر : الجزيرة نت").get(0).value());
    }

    @Test
    void labelSpelledWithoutHamzaOrWithDiacritics() {
        assertEquals(MetaField.UPDATED, PARSER.parse("اخر تحديث: 2024/06/10").get(0).field());
        assertEquals(MetaField.TAGS, PARSER.parse("كلماتٌ دلاليةٌ: سوريا").get(0).field());
    }

    @Test
    void gluedTagLabelInsideASourceLine() {
        List<MetaSegment> segments = PARSER.parse("المصدر د ب أ الوسومروسيا كوريا الشمالية");
        assertEquals(2, segments.size());
        assertEquals(new MetaSegment(MetaField.SOURCE, "المصدر", "د ب أ", false), segments.get(0));
        assertEquals(MetaField.TAGS, segments.get(1).field());
        assertEquals("الوسوم", segments.get(1).label());
        assertEquals("روسيا كوريا الشمالية", segments.get(1).value());
    }

    @Test
    void gluedLabelAtLineStart() {
        List<MetaSegment> segments = PARSER.parse("الوسومالعراق الانتخابات");
        assertEquals(1, segments.size());
        assertEquals("العراق الانتخابات", segments.get(0).value());
        assertTrue(segments.get(0).marked());
    }

    @Test
    void secondLabelNeedsAColonToSplitTheLine() {
        // "مصدر" inside a value is a word, not a label, unless a colon marks it.
        assertEquals(1, PARSER.parse("كتب: مصدر مطلع").size());
        assertEquals(2, PARSER.parse("كتب: أحمد علي المصدر: الأهرام").size());
    }

    @Test
    void labelWithoutValue() {
        assertEquals(List.of(new MetaSegment(MetaField.SOURCE, "مصدر", "", false)), PARSER.parse("مصدر"));
    }

    @Test
    void lineNotStartingWithALabel() {
        assertTrue(PARSER.parse("أعلن الكرملين أن الزعيم سيزور روسيا").isEmpty());
    }

    @Test
    void labelWordInsideAWordIsNoLabel() {
        assertTrue(PARSER.parse("المصدرية في العمل").isEmpty());
    }

    @Test
    void photoCreditAnywhereInTheLine() {
        assertTrue(hasPhotoCredit("الرئيس خلال الزيارة، 25 أبريل 2019. الصورة: سبوتنيك"));
        assertFalse(hasPhotoCredit("نشرت الصحيفة الصورة على صفحتها الأولى"));
        assertFalse(hasPhotoCredit("قال الوزير: الصورة واضحة"));
    }

    private static boolean hasPhotoCredit(String line) {
        String[] tokens = org.marsad.lexicon.KeyTokens.of(ArabicNormalizer.standard().key(line));
        return PARSER.hasMarkedLabel(line, tokens, MetaField.PHOTO);
    }
}

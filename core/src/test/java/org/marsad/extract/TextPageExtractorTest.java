package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.source.RawPage;

/** Pages written for these tests, each showing one habit of crawled Arabic news pages. */
class TextPageExtractorTest {

    private static final TextPageExtractor EXTRACTOR = new TextPageExtractor();

    private static List<Article> extract(String... lines) {
        return EXTRACTOR.extract(new RawPage("test.txt", String.join("\n", lines), "UTF-8"));
    }

    private static String labels(Article a) {
        return a.blocks().stream().map(b -> b.line() + ":" + b.label().jsonName()).collect(Collectors.joining(" "));
    }

    @Test
    void headlineDateOutletBodyAndFooter() {
        List<Article> articles = extract(
                "وزير الخارجية المصري يصل إلى عمّان في زيارة رسمية",
                "تاريخ النشر: 3rd, March 2025 GMT",
                "الشروق نيوز",
                "وصل وزير الخارجية المصري إلى العاصمة الأردنية عمّان اليوم في زيارة رسمية تستمر يومين.",
                "ويلتقي الوزير خلال الزيارة نظيره الأردني لبحث التطورات في المنطقة، بحسب وكالة الأنباء الأردنية (بترا).",
                "كلمات دلالية: وزير الخارجية الأردن مصر");
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("وزير الخارجية المصري يصل إلى عمّان في زيارة رسمية", a.title());
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        assertEquals("page", a.publishedFrom());
        assertEquals("الشروق نيوز", a.outlet());
        assertEquals(2, a.paragraphs().size());
        assertEquals(List.of("وزير الخارجية", "الأردن", "مصر"), a.tags());
        assertEquals("1:title 2:meta 3:meta 4:body 5:body 6:meta", labels(a));
    }

    @Test
    void pageWithoutHeadlineStartsWithItsFirstParagraph() {
        List<Article> articles = extract(
                "قال المتحدث باسم الحكومة اليوم الأربعاء إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة بحضور الوسطاء.",
                "وأضاف أن الوفد سيغادر مساء الثلاثاء.");
        Article a = articles.get(0);
        assertNull(a.title());
        assertNull(a.published());
        assertNull(a.publishedFrom());
        assertEquals("1:body 2:body", labels(a));
    }

    @Test
    void appendedArticleAfterReadAlsoBecomesItsOwnArticle() {
        List<Article> articles = extract(
                "ارتفاع أسعار النفط في التعاملات الآسيوية",
                "ارتفعت أسعار النفط اليوم الثلاثاء مع تراجع المخزونات الأمريكية للأسبوع الثالث على التوالي.",
                "المصدر: الاقتصادية",
                "اقرأ أيضا:",
                "الذهب يتراجع مع صعود الدولار",
                "تراجعت أسعار الذهب في المعاملات الفورية مع صعود الدولار إلى أعلى مستوى في أسبوعين.",
                "وقال محللون إن المستثمرين ينتظرون بيانات التضخم.");
        assertEquals(2, articles.size());
        Article main = articles.get(0);
        Article appended = articles.get(1);
        assertEquals(Article.Role.APPENDED, appended.role());
        assertEquals(1, appended.position());
        assertEquals("الذهب يتراجع مع صعود الدولار", appended.title());
        assertEquals(2, appended.paragraphs().size());
        assertEquals("1:title 2:body 3:meta 4:noise", labels(main));
        assertEquals("5:appended_title 6:appended_body 7:appended_body", labels(appended));
        assertEquals("الاقتصادية", main.outlet());
        assertEquals("الاقتصادية", appended.outlet(), "an appended article is on the same site");
    }

    @Test
    void relatedListAfterSeparatorIsRelated() {
        List<Article> articles = extract(
                "انطلاق معرض الكتاب في الرياض بمشاركة واسعة",
                "انطلقت فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر من ثلاثين دولة.",
                "مواضيع ذات صلة",
                "• وزير الثقافة يفتتح جناح المملكة",
                "• إقبال كبير على الروايات العربية",
                "- توقيع عشرات الكتب في اليوم الأول");
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals(List.of("وزير الثقافة يفتتح جناح المملكة", "إقبال كبير على الروايات العربية",
                "توقيع عشرات الكتب في اليوم الأول"), a.related());
        assertEquals("1:title 2:body 3:noise 4:related 5:related 6:related", labels(a));
    }

    @Test
    void readAlsoFollowedByHeadlinesOnlyIsARelatedList() {
        List<Article> articles = extract(
                "افتتاح خط جديد للمترو في القاهرة",
                "افتتح رئيس الوزراء اليوم الخط الجديد لمترو الأنفاق الذي يربط شرق العاصمة بغربها.",
                "إقرأ أيضاً:",
                "تعرف على مواعيد تشغيل المترو الجديدة",
                "أسعار تذاكر المترو بعد الزيادة الأخيرة");
        assertEquals(1, articles.size());
        assertEquals(2, articles.get(0).related().size());
    }

    @Test
    void chromeByWordingAndByShape() {
        List<Article> articles = extract(
                "Theme License is not validated, Go to the theme options page to validate the license.",
                "عنوان الخبر عن افتتاح مستشفى جديد في المدينة",
                "افتتح وزير الصحة اليوم مستشفى جديدا يضم مئتي سرير وأقساما متخصصة لعلاج الأطفال.",
                "[إعلان 3]",
                "تعليق (12)",
                "شارك",
                "زر الذهاب إلى الأعلى");
        Article a = articles.get(0);
        assertEquals("1:noise 2:title 3:body 4:noise 5:noise 6:noise 7:noise", labels(a));
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void sectionLineBeforeHeadlineIsSectionNotOutlet() {
        Article a = extract(
                "عربي ودولي",
                "مجلس الأمن يعقد جلسة طارئة بشأن السودان",
                "عقد مجلس الأمن الدولي جلسة طارئة لبحث تطورات الأوضاع الإنسانية في السودان.").get(0);
        assertEquals("عربي ودولي", a.section());
        assertNull(a.outlet());
        assertEquals("مجلس الأمن يعقد جلسة طارئة بشأن السودان", a.title());
    }

    @Test
    void bylineWithBracketedAgenciesAfterTheBody() {
        Article a = extract(
                "أعلنت الحكومة اليابانية اليوم عن حزمة تحفيز اقتصادية جديدة بقيمة مئة مليار دولار.",
                "وقال رئيس الوزراء إن الحزمة تهدف إلى دعم الأسر.",
                "سارة أحمد (وفقا لوكالة كيودو، ورويترز)").get(0);
        assertEquals("سارة أحمد", a.byline());
        assertEquals(List.of("كيودو", "رويترز"), a.agencies());
        assertEquals("1:body 2:body 3:meta", labels(a));
    }

    @Test
    void agencyOnSourceLineIsAnAgencyAndTheOtherSourceIsTheOutlet() {
        Article a = extract(
                "الأمم المتحدة تحذر من مجاعة وشيكة في غزة",
                "حذرت الأمم المتحدة اليوم من أن سكان القطاع يواجهون خطر مجاعة وشيكة مع استمرار القيود على دخول المساعدات.",
                "المصدر: أ ف ب",
                "المصدر: الوطن نيوز").get(0);
        assertEquals("الوطن نيوز", a.outlet());
        assertEquals(List.of("فرانس برس"), a.agencies());
    }

    @Test
    void sourceAndGluedTagsOnOneLine() {
        Article a = extract(
                "انطلاق القمة الخليجية في الكويت وسط آمال بتعزيز التعاون بين دول المجلس.",
                "المصدر د ب أ الوسومالكويت القمة الخليجية").get(0);
        assertEquals(List.of("د ب أ"), a.agencies());
        assertEquals(List.of("الكويت", "القمة الخليجية"), a.tags());
    }

    @Test
    void captionWithPhotoCredit() {
        Article a = extract(
                "زار الرئيس المعرض الدولي للطيران في دبي اليوم واطلع على أحدث الطائرات المعروضة.",
                "الرئيس خلال جولته في المعرض، 12 نوفمبر 2023. الصورة: وام",
                "وأشاد الرئيس بمستوى التنظيم.").get(0);
        assertEquals(1, a.captions().size());
        assertEquals("1:body 2:caption 3:body", labels(a));
    }

    @Test
    void everyNonBlankLineAppearsInExactlyOneArticle() {
        List<Article> articles = extract(
                "عنوان رئيسي لخبر عن الانتخابات البلدية",
                "",
                "جرت الانتخابات البلدية اليوم وسط إقبال متوسط من الناخبين في معظم الدوائر.",
                "   ",
                "إقرأ أيضاً:",
                "نتائج أولية تظهر تقدم المستقلين في الانتخابات",
                "أظهرت النتائج الأولية تقدم المرشحين المستقلين في عدد من الدوائر الكبرى.");
        List<Integer> lines = articles.stream().flatMap(a -> a.blocks().stream()).map(Block::line).sorted().toList();
        assertEquals(List.of(1, 3, 5, 6, 7), lines);
        assertTrue(articles.get(1).blocks().stream().noneMatch(b -> b.label() == BlockLabel.NOISE));
    }

    @Test
    void idsAreStableAndDifferPerPosition() {
        List<Article> first = extract("عنوان", "نص الخبر الأول في هذه الصفحة التجريبية القصيرة جدا.");
        List<Article> again = extract("عنوان", "نص الخبر الأول في هذه الصفحة التجريبية القصيرة جدا.");
        assertEquals(first.get(0).id(), again.get(0).id());
        assertEquals(16, first.get(0).id().length());
        assertTrue(!ArticleAssembler.articleId("a.txt", 0).equals(ArticleAssembler.articleId("a.txt", 1)));
    }

    @Test
    void invisibleCharactersAreRemovedFromDisplayButArabicIsKept() {
        Article a = extract("يَستعدُّ الرئيسُ\u200F لزيارةِ البلاد في الأسبوع المقبل بحسب مصادر مطلعة.").get(0);
        assertEquals("يَستعدُّ الرئيسُ لزيارةِ البلاد في الأسبوع المقبل بحسب مصادر مطلعة.", a.paragraphs().get(0));
    }

    @Test
    void breadcrumbGivesTheSection() {
        Article a = extract(
                "الرئيسية » اقتصاد » بنوك",
                "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة",
                "قرر البنك المركزي تثبيت أسعار الفائدة على الإيداع والإقراض دون تغيير للمرة الثالثة على التوالي.").get(0);
        assertEquals("اقتصاد", a.section());
        assertEquals("1:meta 2:title 3:body", labels(a));
    }

    @Test
    void shareBarAndRelativeTimeAreChrome() {
        Article a = extract(
                "منذ 5 ساعات",
                "انخفاض درجات الحرارة في معظم المحافظات",
                "فيسبوك تويتر واتساب تيليجرام",
                "توقعت هيئة الأرصاد انخفاض درجات الحرارة اليوم على معظم المحافظات مع فرص لسقوط الأمطار.").get(0);
        assertEquals("1:noise 2:title 3:noise 4:body", labels(a));
    }

    @Test
    void oneShareWordInsideASentenceIsNotChrome() {
        Article a = extract("نشر الوزير تغريدة على تويتر أكد فيها أن الاجتماع كان مثمرا وبناء.").get(0);
        assertEquals("1:body", labels(a));
    }

    @Test
    void headlinePrintedTwiceIsChromeTheSecondTime() {
        Article a = extract(
                "افتتاح مطار جديد في الأقصر",
                "افتتاح مطار جديد في الأقصر",
                "افتتح وزير الطيران المدني اليوم المطار الجديد في مدينة الأقصر بطاقة استيعابية كبيرة.").get(0);
        assertEquals("1:title 2:noise 3:body", labels(a));
    }

    @Test
    void commentSectionIsChromeToTheEnd() {
        List<Article> articles = extract(
                "ارتفاع صادرات التمور بنسبة عشرين في المئة",
                "ارتفعت صادرات التمور خلال العام الماضي بنسبة عشرين في المئة مقارنة بالعام الذي سبقه.",
                "اترك تعليقاً",
                "الاسم *",
                "خبر رائع ونتمنى المزيد من هذه الإنجازات للمزارعين في كل مكان من البلاد.",
                "حفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.");
        assertEquals(1, articles.size());
        assertEquals("1:title 2:body 3:noise 4:noise 5:noise 6:noise", labels(articles.get(0)));
    }

    @Test
    void datelineWithAgencyIsASourceNotAByline() {
        Article a = extract(
                "أعلنت وزارة الصحة تسجيل انخفاض في عدد الإصابات بالإنفلونزا الموسمية هذا الشتاء.",
                "القاهرة (أ ش أ)").get(0);
        assertNull(a.byline());
        assertEquals(1, a.agencies().size());
        assertEquals("1:body 2:meta", labels(a));
    }

    @Test
    void creditLineUnderTheHeadlineGivesBylineAndOutlet() {
        Article a = extract(
                "افتتاح أكبر محطة لتحلية المياه في المنطقة",
                "سلمى الراشد – الخليج نيوز",
                "افتتح أمير المنطقة اليوم أكبر محطة لتحلية المياه بطاقة إنتاجية تصل إلى مليون متر مكعب يوميا.").get(0);
        assertEquals("الخليج نيوز", a.outlet());
        assertEquals("سلمى الراشد", a.byline());
        assertEquals("1:title 2:meta 3:body", labels(a));
    }

    @Test
    void creditOpeningTheFirstParagraph() {
        Article a = extract(
                "تأجيل مباراة القمة بسبب الأمطار",
                "خالد منصور - الرياضة نيوز - جدة: قررت لجنة المسابقات تأجيل مباراة القمة بسبب الأمطار الغزيرة.").get(0);
        assertEquals("الرياضة نيوز", a.outlet());
        assertEquals("خالد منصور", a.byline());
    }

    @Test
    void shortLineUnderTheHeadlineWithoutEvidenceIsNotAnOutlet() {
        Article a = extract(
                "الاتحاد الدولي يعلن عقوبات جديدة على الأندية",
                "رئيس الاتحاد",
                "أعلن الاتحاد الدولي لكرة القدم اليوم عقوبات جديدة على الأندية التي تأخرت في سداد المستحقات.").get(0);
        assertNull(a.outlet());
        assertEquals("1:title 2:noise 3:body", labels(a));
    }

    @Test
    void unmarkedBylineWordOpeningASubheadingDoesNotEndTheArticle() {
        Article a = extract(
                "خطة جديدة لتخفيف الزحام في شوارع المدينة",
                "أعلنت الأمانة خطة جديدة لتخفيف الزحام المروري في الشوارع الرئيسية خلال ساعات الذروة.",
                "تحرير المرور",
                "وأكدت الأمانة أن الخطة تشمل إنشاء جسور ومسارات جديدة للحافلات.").get(0);
        assertNull(a.byline());
        assertEquals(3, a.paragraphs().size());
        assertEquals("1:title 2:body 3:body 4:body", labels(a));
    }

    @Test
    void aListIntroducedByTheTextBelongsToTheArticle() {
        Article a = extract(
                "نصائح للتخلص من البلاستيك في المطبخ",
                "ينصح الخبراء باستبدال الأدوات البلاستيكية في المطبخ ببدائل أكثر أمانا على الصحة والبيئة:",
                "* الأواني الزجاجية",
                "* الملاعق الخشبية").get(0);
        assertEquals(List.of(), a.related());
        assertEquals("1:title 2:body 3:body 4:body", labels(a));
    }

    @Test
    void roundupSourceNamesNoOutlet() {
        Article a = extract(
                "ارتفاع أسعار الذهب إلى مستوى قياسي جديد",
                "سجلت أسعار الذهب مستوى قياسيا جديدا اليوم مع تزايد الطلب على الملاذات الآمنة.",
                "المصدر: وكالات").get(0);
        assertNull(a.outlet());
        assertEquals("1:title 2:body 3:meta", labels(a));
    }

    @Test
    void severalAppendedArticlesEachAfterItsSeparator() {
        List<Article> articles = extract(
                "عنوان الخبر الرئيسي عن افتتاح المعرض",
                "افتتح الوزير اليوم المعرض السنوي للكتاب بمشاركة واسعة من دور النشر العربية.",
                "إقرأ أيضاً:",
                "الذهب يسجل مستوى قياسيا جديدا",
                "سجلت أسعار الذهب مستوى قياسيا جديدا اليوم مع تزايد الطلب على الملاذات الآمنة.",
                "إقرأ أيضاً:",
                "مصر تعلن موعد افتتاح المتحف الكبير",
                "أعلنت وزارة السياحة المصرية موعد الافتتاح الرسمي للمتحف المصري الكبير.");
        assertEquals(3, articles.size());
        assertEquals("الذهب يسجل مستوى قياسيا جديدا", articles.get(1).title());
        assertEquals("مصر تعلن موعد افتتاح المتحف الكبير", articles.get(2).title());
        assertEquals(2, articles.get(2).position());
    }

    @Test
    void flagBeforeTheHeadlineIsDropped() {
        Article a = extract(
                "عاجل | الأمم المتحدة تحذر من كارثة إنسانية في السودان",
                "حذرت الأمم المتحدة اليوم من كارثة إنسانية وشيكة في السودان مع استمرار القتال.").get(0);
        assertEquals("الأمم المتحدة تحذر من كارثة إنسانية في السودان", a.title());
    }

    @Test
    void colonInsideAHeadlineIsNoFlag() {
        Article a = extract(
                "الكرملين: بوتين وافق على الوساطة بين الطرفين",
                "أعلن الكرملين اليوم أن الرئيس وافق على القيام بوساطة بين الطرفين لإنهاء الأزمة.").get(0);
        assertEquals("الكرملين: بوتين وافق على الوساطة بين الطرفين", a.title());
    }

    @Test
    void lineOfInvisibleMarksOnlyIsNoiseAndNoSpaceOnlyLineIsABlock() {
        Article a = extract(
                "انطلاق موسم الحج وسط إجراءات تنظيمية جديدة لخدمة الحجاج.",
                "\u200F",
                "\u00A0 \t").get(0);
        assertEquals("1:body 2:noise", labels(a));
    }

    @Test
    void bracketedAttributionWithoutAgencyNamesNoOutlet() {
        Article a = extract(
                "قالت الحكومة البريطانية اليوم إنها ستخفض الضرائب على الشركات الصغيرة العام المقبل.",
                "جون سميث (وفقا لصحيفة الغارديان)").get(0);
        assertEquals("جون سميث", a.byline());
        assertNull(a.outlet());
        assertEquals(List.of(), a.agencies());
    }

    @Test
    void publicationDateWinsOverAnEarlierUpdateDate() {
        Article a = extract(
                "افتتاح معرض الرياض الدولي للكتاب",
                "آخر تحديث: 12 أكتوبر 2024",
                "تاريخ النشر: 10 أكتوبر 2024",
                "افتتح وزير الثقافة معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.").get(0);
        assertEquals(LocalDate.of(2024, 10, 10), a.published());
        assertEquals("1:title 2:meta 3:meta 4:body", labels(a));
    }

    @Test
    void updateDateServesWhenThePageGivesNoOther() {
        Article a = extract(
                "افتتاح معرض الرياض الدولي للكتاب",
                "آخر تحديث: 12 أكتوبر 2024",
                "افتتح وزير الثقافة معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.").get(0);
        assertEquals(LocalDate.of(2024, 10, 12), a.published());
    }
}

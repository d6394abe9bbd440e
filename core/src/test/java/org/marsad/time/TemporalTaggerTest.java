package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sentences as Arabic news writes them, each with the exact spans and values expected.
 * Expectations are written {@code text|TYPE|value}.
 */
class TemporalTaggerTest {

    /** A Tuesday, in ISO week 25. */
    private static final LocalDate JUNE_18 = LocalDate.of(2024, 6, 18);
    private static final LocalDate SEPT_13 = LocalDate.of(2023, 9, 13);
    private static final LocalDate NOV_4 = LocalDate.of(2024, 11, 4);

    private static void assertTags(String text, LocalDate anchor, String... expected) {
        List<TimeExpression> found = TemporalTagger.standard().tag(text, anchor);
        List<String> actual = found.stream().map(e -> e.text() + "|" + e.type() + "|" + e.value()).toList();
        assertEquals(List.of(expected), actual, text);
        for (TimeExpression e : found) {
            assertEquals(e.text(), text.substring(e.start(), e.end()), "span of " + e.text());
        }
    }

    @Test
    void monthAndYearWithFrom() {
        assertTags("التقى الزعيمان في سبتمبر من العام 2023 في قاعدة فضائية.", JUNE_18, "سبتمبر من العام 2023|DATE|2023-09");
    }

    @Test
    void sinceYearsIsADuration() {
        assertTags("وهي أول زيارة منذ 24 عاماً إلى البلاد.", JUNE_18, "24 عاماً|DURATION|P24Y");
    }

    @Test
    void monthAndYear() {
        assertTags("زار بيونغ يانغ في يوليو 2000 لأول مرة.", JUNE_18, "يوليو 2000|DATE|2000-07");
    }

    @Test
    void bareWeekdayIsTheLastOneInThePast() {
        assertTags("ووصل الوفد إلى المطار يوم الثلاثاء.", SEPT_13, "يوم الثلاثاء|DATE|2023-09-12");
    }

    @Test
    void bareWeekdayIsTheNextOneInTheFuture() {
        assertTags("ومن المقرر أن يصل الوفد يوم الخميس.", JUNE_18, "يوم الخميس|DATE|2024-06-20");
        assertTags("وسيلتقي الوزيران يوم الجمعة في جنيف.", JUNE_18, "يوم الجمعة|DATE|2024-06-21");
    }

    @Test
    void weekdayOfTheAnchorIsTheAnchorInThePast() {
        assertTags("وقال المتحدث يوم الثلاثاء إن المحادثات مستمرة.", JUNE_18, "يوم الثلاثاء|DATE|2024-06-18");
    }

    @Test
    void weekdaysWithAShift() {
        assertTags("ووقع الجانبان الاثنين الماضي اتفاقا، وسيلتقيان الأحد المقبل.", JUNE_18,
                "الاثنين الماضي|DATE|2024-06-17", "الأحد المقبل|DATE|2024-06-23");
    }

    @Test
    void lastMonthWithAClitic() {
        assertTags("وتضاعفت الصادرات والشهر الماضي أيضا.", JUNE_18, "الشهر الماضي|DATE|2024-05");
    }

    @Test
    void monthsAndYearsWithShifts() {
        assertTags("الشهر الجاري والشهر المقبل والعام الماضي والعام الحالي والعام المقبل", JUNE_18,
                "الشهر الجاري|DATE|2024-06", "الشهر المقبل|DATE|2024-07", "العام الماضي|DATE|2023",
                "العام الحالي|DATE|2024", "العام المقبل|DATE|2025");
    }

    @Test
    void weeks() {
        assertTags("قال الأسبوع الماضي إنه سيعود الأسبوع المقبل، وليس هذا الأسبوع.", JUNE_18,
                "الأسبوع الماضي|DATE|2024-W24", "الأسبوع المقبل|DATE|2024-W26", "هذا الأسبوع|DATE|2024-W25");
    }

    @Test
    void combinedMonthNamesWithLastInThePastYear() {
        assertTags("وزارت الكرملين في شهر يناير/كانون الثاني الماضي.", NOV_4, "شهر يناير/كانون الثاني الماضي|DATE|2024-01");
        assertTags("ووقع الزعيمان في حزيران/يونيو الماضي معاهدة.", NOV_4, "حزيران/يونيو الماضي|DATE|2024-06");
    }

    @Test
    void lastOfTheAnchorsOwnMonthIsAYearBefore() {
        assertTags("وكان ذلك في نوفمبر الماضي.", NOV_4, "نوفمبر الماضي|DATE|2023-11");
    }

    @Test
    void dayAndCombinedMonthWithoutYearInThePast() {
        assertTags("أعلن الكرملين في 11 سبتمبر/أيلول أن الزعيم سيزور روسيا.", SEPT_13, "11 سبتمبر/أيلول|DATE|2023-09-11");
    }

    @Test
    void monthWithoutYearInTheFuture() {
        assertTags("ومن المتوقع أن تزور الوزيرة بكين في مارس.", NOV_4, "مارس|DATE|2025-03");
    }

    @Test
    void monthWithoutYearInThePastIsNotAfterTheAnchor() {
        assertTags("وكان الوزير قد زار المنطقة في ديسمبر.", NOV_4, "ديسمبر|DATE|2023-12");
    }

    @Test
    void withoutAnchorTheYearStaysUnknown() {
        assertTags("وقعت الحكومة الاتفاق في 11 سبتمبر/أيلول وأعلنت ذلك أمس يوم الثلاثاء.", null,
                "11 سبتمبر/أيلول|DATE|XXXX-09-11", "أمس|DATE|XXXX-XX-XX", "يوم الثلاثاء|DATE|XXXX-WXX-2");
    }

    @Test
    void partOfDayBeforeADate() {
        assertTags("وأعلنت الوزارة، صباح يوم 8 يونيو، أن الأسطول أبحر.", JUNE_18, "صباح يوم 8 يونيو|TIME|2024-06-08TMO");
    }

    @Test
    void todayWithItsWeekday() {
        assertTags("استقبل الرئيس الوزيرة،اليوم الاثنين،في القصر.", NOV_4, "اليوم الاثنين|DATE|2024-11-04");
    }

    @Test
    void daysCountedFromTheAnchor() {
        assertTags("أمس وأول أمس وغدا وبعد غد واليوم", JUNE_18,
                "أمس|DATE|2024-06-17", "أول أمس|DATE|2024-06-16", "غدا|DATE|2024-06-19",
                "بعد غد|DATE|2024-06-20", "اليوم|DATE|2024-06-18");
    }

    @Test
    void agoIsADate() {
        assertTags("قتل ثلاثة أشخاص قبل يومين في غارة، وقبل ثلاثة أعوام في أخرى.", JUNE_18,
                "قبل يومين|DATE|2024-06-16", "قبل ثلاثة أعوام|DATE|2021");
    }

    @Test
    void referencesToThePastPresentAndFuture() {
        assertTags("يتوقع توترا خلال الأيام المقبلة بعد تصعيد في السنوات الأخيرة، والحكومة تعمل حاليا.", JUNE_18,
                "الأيام المقبلة|DATE|FUTURE_REF", "السنوات الأخيرة|DATE|PAST_REF", "حاليا|DATE|PRESENT_REF");
    }

    @Test
    void durations() {
        assertTags("استمرت القمة 3.5 ساعات ثم يومين، وبقي الوفد لمدة شهر وعاما واحدا وخمسة عشر يوما.", JUNE_18,
                "3.5 ساعات|DURATION|PT3.5H", "يومين|DURATION|P2D", "شهر|DURATION|P1M", "عاما واحدا|DURATION|P1Y",
                "خمسة عشر يوما|DURATION|P15D");
    }

    @Test
    void sets() {
        assertTags("تجرى المناورات سنويا، وتجتمع اللجنة كل عام وكل يوم اثنين.", JUNE_18,
                "سنويا|SET|P1Y", "كل عام|SET|P1Y", "كل يوم اثنين|SET|XXXX-WXX-1");
    }

    @Test
    void clockTimes() {
        assertTags("هبطت الطائرة عند الساعة 10:30 صباحا، وأقلعت الساعة الثانية ظهرا.", JUNE_18,
                "الساعة 10:30 صباحا|TIME|2024-06-18T10:30", "الساعة الثانية ظهرا|TIME|2024-06-18T14:00");
    }

    @Test
    void yearsInTheirForms() {
        assertTags("بدأت في عام .2022 وتوسعت 2023م وفي العام 2024 ومنذ عام 2000.", JUNE_18,
                "عام .2022|DATE|2022", "2023م|DATE|2023", "العام 2024|DATE|2024", "عام 2000|DATE|2000");
    }

    @Test
    void dayInWordsAndOtherDigitScripts() {
        assertTags("احتفلت البلاد في الحادي عشر من سبتمبر ٢٠٢٣ وفي الخامس والعشرين من ديسمبر ۲۰۲۲.", JUNE_18,
                "الحادي عشر من سبتمبر ٢٠٢٣|DATE|2023-09-11", "الخامس والعشرين من ديسمبر ۲۰۲۲|DATE|2022-12-25");
    }

    @Test
    void hijriDateInUmmAlQura() {
        assertTags("صدر المرسوم بتاريخ 2 جمادى الأولى 1446 هـ وفق الجريدة الرسمية.", NOV_4, "2 جمادى الأولى 1446 هـ|DATE|2024-11-04");
    }

    @Test
    void englishDateLine() {
        assertTags("تاريخ النشر: 10th, June 2024 GMT", null, "10th, June 2024|DATE|2024-06-10");
    }

    @Test
    void noTimeInNumbersAndLookalikes() {
        assertTags("رفضت استلام جثامين 1212 عسكريا، وقال الأمين العام إن نيسان تبيع سيارات.", JUNE_18);
    }

    @Test
    void loneMonthNeedsAContext() {
        assertTags("وفي يوليو/تموز أيضا، زار الوزير بيونغ يانغ.", SEPT_13, "يوليو/تموز|DATE|2023-07");
    }

    @Test
    void monthOfLastYear() {
        assertTags("وزار الوزير بيونغ يانغ في يوليو/تموز من العام الماضي.", JUNE_18, "يوليو/تموز من العام الماضي|DATE|2023-07");
    }

    @Test
    void impossibleDayIsDropped() {
        assertTags("في 31 فبراير 2023", JUNE_18);
    }

    @Test
    void eveningOfYesterdayIsATime() {
        assertTags("ناقش الطرفان الملف مساء أمس.", SEPT_13, "مساء أمس|TIME|2023-09-12TEV");
    }

    @Test
    void nearestPastCueWinsOverAnEarlierFutureVerb() {
        assertTags("أعلنت الرئاسة أن الرئيس سيتوجه إلى القاهرة بعد أن زار الرياض في مارس.", JUNE_18, "مارس|DATE|2024-03");
    }
}

package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StoryClustererTest {

    static final LocalDate DAY = LocalDate.of(2015, 7, 21);

    static StoryArticle article(String id, String outlet, LocalDate date, String title, String text) {
        return new StoryArticle(id, "test/" + id, 0, title, text, date, outlet);
    }

    /** Three outlets on the opening of a hospital, two on a football transfer, one on the weather. */
    static List<StoryArticle> fixture() {
        return List.of(
                article("h1", "okaz", DAY, "افتتاح مستشفى أبها الجديد بسعة 300 سرير",
                        "افتتح أمير منطقة عسير اليوم مستشفى أبها الجديد بسعة 300 سرير، ويضم أقساما للطوارئ "
                        + "والعناية المركزة وجراحة القلب، ويخدم أكثر من مليون نسمة في المنطقة."),
                article("h2", "alriyadh", DAY, "أمير عسير يفتتح مستشفى أبها الجديد",
                        "دشن أمير عسير مستشفى أبها الجديد الذي تبلغ سعته 300 سرير ويشمل العناية المركزة "
                        + "وجراحة القلب والطوارئ، ليخدم مليون نسمة من سكان منطقة عسير."),
                article("h3", "sabq", DAY.plusDays(1), "300 سرير في مستشفى أبها الجديد",
                        "بعد افتتاحه أمس على يد أمير عسير، يستقبل مستشفى أبها الجديد بسعة 300 سرير أول "
                        + "المرضى في أقسام الطوارئ والعناية المركزة."),
                article("f1", "aawsat", DAY, "الهلال يتعاقد مع المهاجم البرازيلي كارلوس لموسمين",
                        "أعلن نادي الهلال التعاقد مع المهاجم البرازيلي كارلوس لمدة موسمين قادما من الدوري "
                        + "البرتغالي، وسيلتحق اللاعب بمعسكر الفريق في النمسا الأسبوع المقبل."),
                article("f2", "alyaum", DAY, "كارلوس هلاليا لموسمين",
                        "وقع المهاجم البرازيلي كارلوس عقدا مع الهلال لموسمين، وينضم إلى معسكر الفريق في "
                        + "النمسا قادما من الدوري البرتغالي."),
                article("w1", "alwatan", DAY, "أمطار رعدية على مرتفعات جازان",
                        "توقعت الأرصاد هطول أمطار رعدية مصحوبة برياح نشطة على مرتفعات جازان ونجران "
                        + "خلال الأيام الثلاثة المقبلة."));
    }

    static Map<String, String> cluster(List<StoryArticle> articles) {
        StoryClusterer c = new StoryClusterer();
        c.add(articles);
        return c.assignment();
    }

    @Test
    void retellingsOfOneEventFormOneStory() {
        Map<String, String> story = cluster(fixture());
        assertEquals(story.get("h1"), story.get("h2"));
        assertEquals(story.get("h1"), story.get("h3"));
        assertEquals(story.get("f1"), story.get("f2"));
    }

    @Test
    void differentEventsStayApart() {
        Map<String, String> story = cluster(fixture());
        assertNotEquals(story.get("h1"), story.get("f1"));
        assertNotEquals(story.get("h1"), story.get("w1"));
        assertNotEquals(story.get("f1"), story.get("w1"));
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameStories() {
        Map<String, String> expected = cluster(fixture());
        for (int seed = 0; seed < 5; seed++) {
            List<StoryArticle> shuffled = new ArrayList<>(fixture());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, cluster(shuffled));
        }
    }

    @Test
    void aStoryIsNamedAfterItsEarliestArticle() {
        Map<String, String> story = cluster(fixture());
        assertEquals("h1", story.get("h3"));
    }

    @Test
    void theSameTextTwoMonthsLaterIsAnotherStory() {
        StoryArticle first = fixture().get(0);
        StoryArticle later = article("h9", "okaz", DAY.plusDays(60), first.title(), first.text());
        Map<String, String> story = cluster(List.of(first, later));
        assertNotEquals(story.get("h1"), story.get("h9"));
    }

    @Test
    void anArticleAddedInALaterBatchJoinsItsStory() {
        StoryClusterer c = new StoryClusterer();
        c.add(fixture().subList(0, 2));
        c.add(fixture().subList(2, 6));
        assertEquals("h1", c.assignment().get("h3"));
    }

    @Test
    void aPreparedBatchIsPlacedAsTheSameBatchAddedAtOnceAndOnlyByItsClusterer() {
        StoryClusterer c = new StoryClusterer();
        StoryClusterer.Prepared batch = c.prepare(fixture());
        c.add(fixture().subList(0, 1)); // placed between preparing and placing: not placed twice
        c.add(batch);
        assertEquals(fixture().size(), c.assignment().size());
        StoryClusterer once = new StoryClusterer();
        once.add(fixture().subList(0, 1));
        once.add(fixture());
        assertEquals(once.assignment(), c.assignment());
        assertThrows(IllegalArgumentException.class, () -> new StoryClusterer().add(batch));
    }

    @Test
    void anUndatedArticleThatNamesTheStorysDayJoinsIt() {
        StoryArticle dated = article("k1", "okaz", LocalDate.of(2023, 9, 11), "الكرملين يعلن زيارة مرتقبة لزعيم كوريا الشمالية",
                "أعلن الكرملين عن زيارة رسمية مرتقبة لزعيم كوريا الشمالية إلى روسيا في الأيام المقبلة بدعوة من الرئيس الروسي.");
        StoryArticle undated = article("k2", null, null, null,
                "قالت الوكالة في 11 سبتمبر إن زعيم كوريا الشمالية سيصل إلى روسيا قريبا على متن قطاره الخاص، "
                + "وإن الجانبين سيبحثان التعاون في مجالات عدة خلال محادثات في مدينة فلاديفوستوك.");
        Map<String, String> story = cluster(List.of(dated, undated));
        assertEquals("k1", story.get("k2"));
        StoryArticle noDay = article("k3", null, null, null, undated.text().replace("في 11 سبتمبر ", ""));
        assertEquals("k3", cluster(List.of(dated, noDay)).get("k3"));
    }

    @Test
    void aWireCopyIsListedAsADuplicateOfItsStory() {
        StoryArticle copy = article("h4", "alweeam", DAY, "افتتاح مستشفى أبها الجديد", fixture().get(0).text());
        List<StoryArticle> all = new ArrayList<>(fixture());
        all.add(copy);
        StoryClusterer c = new StoryClusterer();
        c.add(all);
        Story hospital = c.stories().stream().filter(s -> s.id().equals("h1")).findFirst().orElseThrow();
        assertEquals(1, hospital.duplicates().size());
        assertTrue(hospital.duplicates().get(0).wireCopy());
    }

    @Test
    void aStoryKnowsItsDatesOutletsAndHeadline() {
        StoryClusterer c = new StoryClusterer();
        c.add(fixture());
        Story hospital = c.stories().stream().filter(s -> s.id().equals("h1")).findFirst().orElseThrow();
        assertEquals(DAY, hospital.first());
        assertEquals(DAY.plusDays(1), hospital.last());
        assertEquals(List.of("okaz", "alriyadh", "sabq"), hospital.outlets());
        assertTrue(hospital.title().contains("مستشفى أبها"));
        assertTrue(hospital.topTerms().contains("مستشفي") || hospital.topTerms().contains("ابها"));
    }

    @Test
    void theSummaryNeverRepeatsASentence() {
        String text = fixture().get(0).text();
        StoryClusterer c = new StoryClusterer();
        c.add(List.of(fixture().get(0), article("h5", "alweeam", DAY, "مستشفى أبها", text), fixture().get(1)));
        List<String> summary = c.stories().stream().filter(s -> s.id().equals("h1")).findFirst().orElseThrow().summary();
        assertEquals(summary.size(), summary.stream().distinct().count());
        assertTrue(summary.size() <= StorySummarizer.SENTENCES);
        assertTrue(summary.stream().filter(s -> s.startsWith("افتتح أمير منطقة عسير")).count() <= 1);
    }

    /**
     * Two round-ups of one club: each leads with its own news and appends the other's after "من جهة
     * أخرى" (the first in a sentence, the second in a paragraph of its own words); a third outlet retells the first lead alone.
     */
    private static List<StoryArticle> roundUps() {
        String draw = "تعادل فريق الشباب مع فريق إكسيلسور الهولندي بهدف لكل منهما في أولى مبارياته الودية بمعسكره في "
                + "مدينة ميرلو، بادر إكسيلسور بالتسجيل في الدقيقة الرابعة وعادل المهاجم افونسو النتيجة قبل نهاية الشوط "
                + "الأول، وأجرى المدرب الفارو عدة تبديلات في الشوط الثاني";
        String drawRetold = "تعادل الشباب أمس في أول مبارياته الودية بمعسكره الخارجي في ميرلو الهولندية مع إكسيلسور "
                + "الهولندي بنتيجة 1-1، وتلقى هدفا باكرا في الدقيقة الرابعة قبل أن يعادل افونسو الكفة في الشوط الأول، "
                + "وأشرك الفارو في الشوط الثاني عددا من البدلاء";
        String nominations = "أعلنت إدارة نادي الشباب فتح باب الترشح لرئاسة وعضوية مجلس الإدارة لمدة خمسة عشر يوما، "
                + "وتقدم الطلبات لأمين عام النادي، واعتذر الرئيس المكلف عبدالله القريني لأعضاء الشرف عن قبول الرئاسة "
                + "للموسم المقبل رغم الاتفاق على تكليفه";
        String nominationsInBrief = "أعلنت إدارة الشباب فتح باب الترشح لرئاسة وعضوية مجلس الإدارة لمدة خمسة عشر يوما";
        return List.of(
                article("d1", "aljazirah", DAY, "الشباب يتعادل مع إكسيلسور في أولى وديات معسكر هولندا",
                        draw + ". من جهة أخرى " + nominationsInBrief + "."),
                article("n1", "alriyadh", DAY, "القريني يعتذر عن رئاسة الشباب وفتح باب الترشح",
                        nominations + ". ومن جهة ثانية " + drawRetold + "."),
                article("d2", "alyaum", DAY, "الشباب يتعادل مع إكسيلسور الهولندي وديا", draw + "."));
    }

    @Test
    void roundUpsOfOneClubAreNotOneStoryForTheItemsTheyAppend() {
        Map<String, String> story = cluster(roundUps());
        assertNotEquals(story.get("d1"), story.get("n1"));
        assertEquals(story.get("d1"), story.get("d2"));

        double apart = pairScore(StoryParameters.standard(), roundUps(), 1, 0);
        double whole = pairScore(StoryParameters.standard().withAsideWeight(1), roundUps(), 1, 0);
        assertTrue(apart < whole / 2, "the appended items weighed low: " + apart + " against " + whole + " counted in full");
    }

    @Test
    void twoInstallmentsOfASeriesAreTwoStories() {
        String text = "وصلت إلى مطار عدن الدولي اليوم طائرة شحن سعودية تحمل مساعدات طبية وغذائية للمتضررين في اليمن، "
                + "ضمن جسر جوي يسيره مركز الملك سلمان للإغاثة والأعمال الإنسانية";
        List<StoryArticle> planes = List.of(
                article("p2", "alriyadh", DAY, "وصول طائرة الشحن السعودية الثانية إلى مطار عدن", text),
                article("p3", "alyaum", DAY.plusDays(2), "وصول الطائرة السعودية الثالثة إلى مطار عدن", text.replace("اليوم", "أمس")),
                article("p3b", "almadina", DAY.plusDays(2), "طائرة سعودية ثالثة تهبط بمطار عدن", text));
        Map<String, String> story = cluster(planes);
        assertNotEquals(story.get("p2"), story.get("p3"));
        assertEquals(story.get("p3"), story.get("p3b"));
        assertTrue(pairScore(StoryParameters.standard(), planes, 2, 1) > 0);
    }

    @Test
    void anArticleThatNamesNoInstallmentDoesNotMergeTwoInstallments() {
        String bridge = "وصلت إلى مطار عدن الدولي طائرة شحن سعودية تحمل مساعدات طبية وغذائية للمتضررين في اليمن، "
                + "ضمن الجسر الجوي الذي يسيره مركز الملك سلمان للإغاثة والأعمال الإنسانية. ";
        List<StoryArticle> planes = List.of(
                article("p2", "alriyadh", DAY, "وصول طائرة الشحن السعودية الثانية إلى مطار عدن",
                        bridge + "وعلى متنها فريق طبي."),
                article("p3", "alyaum", DAY.plusDays(1), "وصول طائرة الشحن السعودية الثالثة إلى مطار عدن",
                        bridge + "واستقبلها محافظ عدن."),
                article("roundup", "okaz", DAY.plusDays(1), "وصول طائرات الشحن السعودية إلى مطار عدن",
                        // the same facts in another order: no near copy of either
                        "مساعدات غذائية وطبية تحملها طائرات شحن سعودية وصلت مطار عدن الدولي للمتضررين باليمن، "
                        + "وهي من جسر جوي يسيره للإغاثة والأعمال الإنسانية مركز الملك سلمان، وتتوالى الرحلات."));
        planes = new ArrayList<>(planes);
        planes.addAll(fixture()); // other stories give the corpus words the planes do not share
        // the round-up joins both installments' words and shares their headlines' rare name (عدن) on
        // their days: enough to bridge two stories, if nothing stopped it
        StoryParameters standard = StoryParameters.standard();
        assertTrue(pairScore(standard, planes, 2, 0) >= standard.join() && pairScore(standard, planes, 2, 1) >= standard.join());
        Map<String, String> story = cluster(planes);
        assertNotEquals(story.get("p2"), story.get("p3"));
        assertTrue(story.get("roundup").equals(story.get("p2")) || story.get("roundup").equals(story.get("p3")));
    }

    @Test
    void theSameKindOfEventInTwoPlacesIsTwoStories() {
        String tabukText = "لقي شاب مصرعه وأصيب آخر بعد أن اصطدمت سيارتهما بجمل سائب على طريق تبوك، وباشرت الجهات "
                + "المختصة الحادث ونقل المصاب إلى المستشفى";
        List<StoryArticle> camels = new ArrayList<>(List.of(
                article("t1", "okaz", DAY, "جمل سائب يصرع شاباً بتبوك", tabukText),
                article("j1", "sabq", DAY, "جمل سائب يتسبب في وفاة شاب بجازان", tabukText.replace("تبوك", "جازان")),
                article("t2", "alyaum", DAY, "وفاة شاب في حادث جمل سائب على طريق تبوك",
                        "توفي شاب وأصيب مرافقه إثر اصطدام سيارتهما بجمل سائب على طريق تبوك، ونقل المصاب إلى المستشفى")));
        camels.addAll(fixture());
        Map<String, String> story = cluster(camels);
        assertNotEquals(story.get("t1"), story.get("j1"));
        assertEquals(story.get("t1"), story.get("t2"));
        assertEquals(0, pairScore(StoryParameters.standard(), camels, 1, 0));
        // without the rule the two camels would be one story: the texts differ in the place only
        StoryParameters withoutPlaces = StoryParameters.standard().withHeadlinePlaces(false);
        assertTrue(pairScore(withoutPlaces, camels, 1, 0) >= withoutPlaces.join());
    }

    /**
     * A company's accounting scandal and its chief's resignation over it, told the same day by two
     * outlets in mostly other words, and the next day by a third that tells both; the company's name
     * is the only headline word the first two share. The weather report and the transfer of
     * {@link #fixture()} give the corpus words the stories do not share.
     */
    private static List<StoryArticle> scandal(LocalDate resignationDay) {
        List<StoryArticle> fixture = fixture();
        return List.of(
                article("s1", "aawsat", DAY, "«توشيبا» تضخم أرباحها 150 مليار ين",
                        "كشفت لجنة مستقلة أن شركة توشيبا اليابانية ضخمت أرباحها التشغيلية بمقدار 150 مليار ين خلال "
                        + "سبع سنوات، بسبب ضغوط الإدارة على الأقسام لتحقيق أهداف غير واقعية."),
                article("r1", "alweeam", resignationDay, "رئيس توشيبا تاناكا يعتزم الاستقالة",
                        "أعلن الرئيس التنفيذي هيساو تاناكا عزمه الاستقالة من منصبه بعد أن كشفت لجنة مستقلة أن الشركة "
                        + "اليابانية ضخمت أرباحها التشغيلية بمقدار 150 مليار ين، وقال في مؤتمر صحفي في طوكيو إنه "
                        + "يتحمل المسؤولية أمام المساهمين."),
                article("b1", "alriyadh", DAY.plusDays(1), "توشيبا تضخم أرباحها ورئيسها تاناكا يستقيل",
                        "أعلن هيساو تاناكا الاستقالة من رئاسة الشركة بعد أن كشفت لجنة مستقلة أنها ضخمت أرباحها "
                        + "التشغيلية بمقدار 150 مليار ين خلال سبع سنوات، وقال في مؤتمر صحفي إنه يتحمل المسؤولية."),
                fixture.get(5), // w1, the weather
                fixture.get(3)); // f1, the transfer
    }

    @Test
    void aRareNameSharedByTwoHeadlinesOfOneDayLowersTheBarToJoin() {
        List<StoryArticle> sameDay = scandal(DAY);
        double score = pairScore(StoryParameters.standard(), sameDay, 1, 0);
        StoryParameters standard = StoryParameters.standard();
        assertTrue(score >= standard.joinWithName() && score < standard.join(), "a retelling in other words: " + score);
        assertTrue(StoryPairRuleTest.ruleOver(standard, sameDay).joins(sameDay.get(1), sameDay.get(0)));
        assertFalse(StoryPairRuleTest.ruleOver(standard.withoutRareWords(), sameDay).joins(sameDay.get(1), sameDay.get(0)));

        // three days after the story's day the name alone is no longer enough
        List<StoryArticle> later = scandal(DAY.plusDays(3));
        assertFalse(StoryPairRuleTest.ruleOver(standard, later).joins(later.get(1), later.get(0)));
    }

    @Test
    void anArticleThatTellsTwoStoriesWithARareNameInTheirHeadlinesMergesThem() {
        // the lower bar to join is set to the usual one, so that only the merge can bring them together
        StoryParameters mergeOnly = StoryParameters.standard().withJoinWithName(StoryParameters.standard().join());
        StoryClusterer withNames = new StoryClusterer(mergeOnly);
        withNames.add(scandal(DAY));
        Map<String, String> story = withNames.assignment();
        assertEquals(story.get("s1"), story.get("r1"));
        assertEquals(story.get("s1"), story.get("b1"));
        assertNotEquals(story.get("s1"), story.get("w1"));

        StoryClusterer withoutNames = new StoryClusterer(mergeOnly.withoutRareWords());
        withoutNames.add(scandal(DAY));
        Map<String, String> apart = withoutNames.assignment();
        assertNotEquals(apart.get("s1"), apart.get("r1"));
    }

    /** The score of article {@code a} against a story of article {@code b} alone, IDF over {@code articles}. */
    private static double pairScore(StoryParameters parameters, List<StoryArticle> articles, int a, int b) {
        return StoryPairRuleTest.ruleOver(parameters, articles).score(articles.get(a), articles.get(b));
    }
}

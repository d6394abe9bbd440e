package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.entity.Recognized.mentions;
import static org.marsad.entity.Recognized.only;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    private static String idOf(String text) {
        return only(text).entity().id();
    }

    @Test
    void saudiGovernoratesAreLocationsAndOnesThatAreWordsOnlyAfterMuhafaza() {
        assertEquals("bisha", idOf("حادث تصادم على طريق بيشة"));
        assertEquals("wadi-al-dawasir", idOf("إصابة سبعة بطريق وادي الدواسر"));
        assertEquals("sabya", idOf("أمطار غزيرة على محافظة صبيا"));
        assertTrue(mentions("وكان وقتها صبيا يعي ما قاله أبوه").isEmpty(), "صبيا: a boy");
        assertTrue(mentions("زار الوفد مرات عديدة").isEmpty(), "مرات: times");
    }

    @Test
    void wawIsStrippedFromTheName() {
        EntityMention m = only("التقى وبوتين");
        assertEquals("vladimir-putin", m.entity().id());
        assertEquals("بوتين", m.text());
    }

    @Test
    void lamWithTatweelIsStripped() {
        EntityMention m = only("لدى استقباله لـتشوي سون هوي");
        assertEquals("choe-son-hui", m.entity().id());
        assertEquals("تشوي سون هوي", m.text());
    }

    @Test
    void baAlKeepsTheArticleOfTheName() {
        EntityMention m = only("اجتمعوا بالكرملين");
        assertEquals("kremlin", m.entity().id());
        assertEquals("الكرملين", m.text());
    }

    @Test
    void namesStartingWithProcliticLettersAreNotCut() {
        assertEquals("بيونغ يانغ", only("وصل إلى بيونغ يانغ").text());
        assertEquals("لافروف", only("صرح لافروف").text());
        assertEquals("فيتنام", only("زار فيتنام").text());
        assertEquals("بوتين", only("قال بوتين").text());
    }

    @Test
    void spellingsOfPutinResolveToOneId() {
        for (String s : List.of("بوتين", "بوتن", "فلاديمير بوتن", "وبوتين", "لبوتين", "فلاديمير بوطين")) {
            assertEquals("vladimir-putin", idOf("قال " + s), s);
        }
    }

    @Test
    void spellingsOfKimJongUnResolveToOneId() {
        for (String s : List.of("كيم جونغ أون", "كيم جونج أون", "كيم جونج-أون", "بكيم جونغ أون", "كيم جونق أون")) {
            assertEquals("kim-jong-un", idOf("التقى " + s), s);
        }
    }

    @Test
    void spellingsOfPyongyangResolveToOneId() {
        for (String s : List.of("بيونغ يانغ", "بيونج يانج", "بيونجيانج", "لبيونج يانج", "بيونغيانج")) {
            assertEquals("pyongyang", idOf("وصل إلى " + s), s);
        }
    }

    @Test
    void theThreeKimsAreThreeEntities() {
        String text = "كيم جونغ أون هو ابن كيم جونغ إيل وحفيد كيم إيل سونغ";
        assertEquals(List.of("kim-jong-un", "kim-jong-il", "kim-il-sung"),
                mentions(text).stream().map(m -> m.entity().id()).toList());
    }

    @Test
    void anUnlistedSpellingOfKimJongIlNeverBecomesKimJongUn() {
        for (String s : List.of("كيم جونق إيل", "كيم جونغ ئيل", "كيم جونغ")) {
            for (EntityMention m : mentions(s)) {
                assertNotEquals("kim-jong-un", m.entity().id(), s);
            }
        }
    }

    @Test
    void shortFormAfterTheFullNameIsCoreferent() {
        List<EntityMention> found = mentions("وصل كيم جونغ أون إلى موسكو. وقال كيم إن الزيارة مهمة");
        EntityMention last = found.get(found.size() - 1);
        assertEquals("kim-jong-un", last.entity().id());
        assertEquals("كيم", last.text());
        assertEquals(EntityMention.Resolution.COREFERENCE, last.how());
    }

    @Test
    void shortFormBeforeAnyFullNameLinksToNobody() {
        assertEquals(List.of(), mentions("وقال كيم إن الزيارة مهمة"));
    }

    @Test
    void shortFormGoesToThePersonMentionedMost() {
        List<EntityMention> found = mentions(
                "زار كيم جونغ أون روسيا. والتقى كيم جونغ أون بوتين. وكان والده كيم جونغ إيل في السلطة. وقال كيم");
        assertEquals("kim-jong-un", found.get(found.size() - 1).entity().id());
    }

    @Test
    void titleAloneStandsForThePersonItIntroduced() {
        List<EntityMention> found = mentions("قال الرئيس الروسي فلاديمير بوتين إن الزيارة مهمة. وأضاف الرئيس الروسي أن");
        EntityMention last = found.get(found.size() - 1);
        assertEquals("vladimir-putin", last.entity().id());
        assertEquals("الرئيس الروسي", last.text());
    }

    @Test
    void unknownNameAfterTitleIsDiscovered() {
        EntityMention m = only("قال وزير الخارجية الفنلندي إلكا فالتونين إن بلاده");
        assertEquals(EntityType.PER, m.entity().type());
        assertEquals("إلكا فالتونين", m.text());
        assertTrue(m.entity().discovered());
    }

    @Test
    void discoveredIdIsStableAcrossSpellings() {
        String a = only("قال وزير الخارجية إلكا فالتونين إن").entity().id();
        String b = only("قال وزير الخارجية إلكا فالطونين إن").entity().id();
        assertEquals(a, b);
    }

    @Test
    void nameAfterPlaceNounIsAPlace() {
        EntityMention m = only("وقع الحادث في مدينة زاباتوفكا صباحا");
        assertEquals(EntityType.LOC, m.entity().type());
        assertEquals("زاباتوفكا", m.text());
    }

    @Test
    void ministryIsDiscoveredWithItsHeadNoun() {
        EntityMention m = only("أعلنت وزارة الزراعة الفنلندية أن");
        assertEquals(EntityType.ORG, m.entity().type());
        assertEquals("وزارة الزراعة الفنلندية", m.text());
    }

    @Test
    void countriesComeFromIcu() {
        Set<String> ids = mentions("زار روسيا وكوريا الشمالية والإمارات العربية المتحدة").stream()
                .map(m -> m.entity().id()).collect(Collectors.toSet());
        assertEquals(Set.of("russia", "north-korea", "united-arab-emirates"), ids);
    }

    @Test
    void groupedMentionsCarryTheirGroupsEntityAndKeepTheirSpelling() {
        Entity first = new Entity("per-test", "مارتن دي بي", null, EntityType.PER, Entity.DISCOVERED, null);
        Entity spelled = new Entity("per-test", "مارتن - دي بي", null, EntityType.PER, Entity.DISCOVERED, null);
        List<ArticleEntity> groups = EntityRecognizer.group(List.of(
                new EntityMention(first, "مارتن دي بي", 0, 11, EntityMention.Resolution.DISCOVERED, 0.6),
                new EntityMention(spelled, "مارتن - دي بي", 20, 33, EntityMention.Resolution.DISCOVERED, 0.6)));
        assertEquals(1, groups.size());
        assertEquals(first, groups.get(0).entity());
        assertTrue(groups.get(0).mentions().stream().allMatch(m -> m.entity().equals(first)), groups::toString);
        assertEquals("مارتن - دي بي", groups.get(0).mentions().get(1).text());
        assertEquals(20, groups.get(0).mentions().get(1).start());
    }
}

package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.entity.Recognized.mentions;
import static org.marsad.entity.Recognized.only;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules that find names the lexicon does not list, and where a name starts and ends; invented names. */
class EntityRecognizerRulesTest {

    private static List<String> texts(String text) {
        return mentions(text).stream().map(EntityMention::text).toList();
    }

    @Test
    void titleListedWithThePersonIsLeftOutOfTheMention() {
        EntityMention m = only("استقبل الملك عبدالله الثاني الوفد");
        assertEquals("king-abdullah-ii", m.entity().id());
        assertEquals("عبدالله الثاني", m.text());
    }

    @Test
    void ministerTitleIsNotTheMinistrysSpellingFamily() {
        List<EntityMention> found = mentions("حذرت وزيرة الخارجية الأميركية سالي برانكوفتش من التصعيد");
        assertTrue(found.stream().noneMatch(m -> m.entity().type() == EntityType.ORG), found::toString);
        assertEquals(List.of("سالي برانكوفتش"), texts("حذرت وزيرة الخارجية الأميركية سالي برانكوفتش من التصعيد"));
    }

    @Test
    void fullNameNamedAgainIsOneMentionOfThatPerson() {
        List<EntityMention> found = mentions("قال الفنان سمير زنكلاوي إن العمل انتهى . وأضاف سمير زنكلاوي أن");
        assertEquals(2, found.size(), found::toString);
        assertEquals("سمير زنكلاوي", found.get(1).text());
        assertEquals(EntityMention.Resolution.COREFERENCE, found.get(1).how());
        assertEquals(found.get(0).entity().id(), found.get(1).entity().id());
    }

    @Test
    void givenNameKnownAsAShortFormStillStartsANewName() {
        List<EntityMention> found = mentions("التقى محمد زنكلاوي ثم التقى محمد قرطوفي");
        assertEquals(List.of("محمد زنكلاوي", "محمد قرطوفي"), found.stream().map(EntityMention::text).toList());
        assertNotEquals(found.get(0).entity().id(), found.get(1).entity().id());
    }

    @Test
    void conjunctionBeforeAGivenNameEndsTheName() {
        assertEquals(List.of("محمد زنكلاوي", "جلال قرطوفي"), texts("حضر محمد زنكلاوي وجلال قرطوفي الاجتماع"));
    }

    @Test
    void pronounWithConjunctionEndsTheName() {
        assertEquals(List.of("محمد زنكلاوي"), texts("روي عن محمد زنكلاوي وهو صغير"));
    }

    @Test
    void oneWordAfterAnHonorificIsAPerson() {
        EntityMention m = only("وأفاد السيد قرطوفي بأن الاتفاق");
        assertEquals(EntityType.PER, m.entity().type());
        assertEquals("قرطوفي", m.text());
    }

    @Test
    void givenNameAloneAfterATitleIsAPerson() {
        assertEquals(List.of("عباس"), texts("قال الرئيس عباس إن"));
    }

    @Test
    void oneUnknownWordAfterAnOrdinaryTitleIsNotAName() {
        assertEquals(List.of(), texts("قال الرئيس زنكلوف إن"));
    }

    @Test
    void accusativeWithTanweenIsNotAName() {
        assertEquals(List.of(), texts("أرسل الإمبراطور وفداً إلى"));
    }

    @Test
    void familyNameWithTheArticleEndsANameAfterATitle() {
        EntityMention m = only("قال الباحث عبدالعزيز بن سلطان الزنكلاوي إن");
        assertEquals("عبدالعزيز بن سلطان الزنكلاوي", m.text());
    }

    @Test
    void givenNameAloneAfterAVerbOfSayingIsTheSpeaker() {
        EntityMention m = only("وقال محمد إن الوضع");
        assertEquals(EntityType.PER, m.entity().type());
        assertEquals("محمد", m.text());
        assertEquals(List.of("محمد زنكلاوي"), texts("وقال محمد زنكلاوي إن"));
    }

    @Test
    void adjectiveAfterAPlaceNounIsNotAPlace() {
        assertEquals(List.of(), texts("يقع في منطقة جافة بعيدة"));
        assertEquals(List.of(), texts("عرفت المدينة كميناء تجاري"));
    }

    @Test
    void shortNameIsNotReadOffAWordByStrippingProclitics() {
        assertEquals(List.of(), texts("بعد فشل المحادثات"));
        assertEquals(List.of(), texts("ولادة الهلال فلكيا"));
    }

    @Test
    void clubWordAndCityAreOneClub() {
        EntityMention listed = only("سحق دينامو كييف ضيفه");
        assertEquals(EntityType.ORG, listed.entity().type());
        assertEquals("دينامو كييف", listed.text());
        EntityMention unlisted = only("تغلب دينامو زابروفكا على ضيفه");
        assertEquals(EntityType.ORG, unlisted.entity().type());
        assertEquals("دينامو زابروفكا", unlisted.text());
    }

    @Test
    void placeNounOfAListedSpellingStaysInTheMention() {
        // Corpora disagree here (ANERcorp and AQMAR leave the noun out, Wojood keeps it): the listed spelling stands.
        assertEquals("قطاع غزة", only("زار قطاع غزة").text());
    }
}

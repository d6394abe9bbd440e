package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntityLexiconTest {

    @Test
    void handRowsAddSpellingsToIcuCountries() {
        Entity vladivostok = EntityLexicon.standard().entity("vladivostok");
        assertNotNull(vladivostok);
        assertEquals(EntityType.LOC, vladivostok.type());
    }

    @Test
    void agenciesComeFromTheAgencyList() {
        assertEquals(EntityType.ORG, EntityLexicon.standard().entity("yonhap").type());
    }

    @Test
    void aSpellingOfTwoEntitiesLinksToNobody() {
        List<org.marsad.lexicon.TsvRow> rows = org.marsad.lexicon.TsvResource.parse("t.tsv", List.of(
                "a-one\tأ\tA One\tPER\tofficial\tسميث\t-",
                "b-two\tب\tB Two\tPER\tofficial\tسميث\t-"), 7);
        EntityLexicon lexicon = EntityLexicon.build(rows, List.of(), List.of());
        EntityLexicon.Variant v = lexicon.exactStartingWith("سميث").get(0);
        assertEquals(null, v.entity());
    }

    @Test
    void skeletonFoldsTheGSpellings() {
        assertEquals(SpellingFamily.skeleton("جونغ"), SpellingFamily.skeleton("جونج"));
        assertEquals(SpellingFamily.skeleton("شويغو"), SpellingFamily.skeleton("شويجو"));
        assertTrue(!SpellingFamily.skeleton("اون").equals(SpellingFamily.skeleton("ايل")));
    }

    @Test
    void icuPlacesOutsideTheArabWorldAreAlsoSpelledWithJeem() {
        EntityLexicon lexicon = EntityLexicon.standard();
        assertEquals("tonga", lexicon.exactStartingWith("تونجا").get(0).entity().id(), "ICU writes تونغا");
        assertEquals("senegal", lexicon.exactStartingWith("السنجال").get(0).entity().id());
        assertTrue(lexicon.exactStartingWith("المجرب").isEmpty(), "Morocco's غ is the Arabic letter");
        assertEquals(List.of("هونج كونج"), ForeignG.jeemSpellings(List.of("هونغ كونغ")), "two words: each short word may change");
        assertEquals(List.of(), ForeignG.jeemSpellings(List.of("غوا")), "جوا is a word (by air)");
    }

    @Test
    void aOneWordNameDroppingVowelsMustKeepOne() {
        assertTrue(SpellingFamily.close("بوتن", "بوتين", true));
        assertFalse(SpellingFamily.close("مركز", "ماركيز", true), "a native noun with no long vowel");
    }

    @Test
    void anIdDefinedTwiceIsADataErrorNamingBothRows() {
        List<org.marsad.lexicon.TsvRow> rows = new java.util.ArrayList<>(org.marsad.lexicon.TsvResource.parse(
                "people-a.tsv", List.of("# header", "a-one\tأ\tA One\tPER\tofficial\t-\t-"), 7));
        rows.addAll(org.marsad.lexicon.TsvResource.parse(
                "places-b.tsv", List.of("a-one\tب\tA One\tLOC\tcity\t-\t-"), 7));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EntityLexicon.build(rows, List.of(), List.of()));
        assertTrue(e.getMessage().contains("places-b.tsv line 1"), e.getMessage());
        assertTrue(e.getMessage().contains("people-a.tsv line 2"), e.getMessage());
    }

    @Test
    void aRowWithAMissingColumnIsADataError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> org.marsad.lexicon.TsvResource.parse(
                "people-a.tsv", List.of("a-one\tأ\tA One\tPER\tofficial\t-"), 7));
        assertTrue(e.getMessage().contains("people-a.tsv line 1"), e.getMessage());
    }

    @Test
    void aBadTypeIsADataError() {
        List<org.marsad.lexicon.TsvRow> rows = org.marsad.lexicon.TsvResource.parse(
                "t.tsv", List.of("a-one\tأ\tA One\tPERSON\tofficial\t-\t-"), 7);
        assertThrows(IllegalStateException.class, () -> EntityLexicon.build(rows, List.of(), List.of()));
    }

    @Test
    void everyShippedFileLoadsWithUniqueIds() {
        List<org.marsad.lexicon.TsvRow> rows = EntityLexicon.handRows();
        java.util.Set<String> files = new java.util.HashSet<>();
        rows.forEach(r -> files.add(r.source()));
        assertEquals(EntityLexicon.ENTITY_FILES.size(), files.size(), "every listed file has rows");
        // build() throws on a duplicate id, a bad id, type or wikidata cell
        EntityLexicon lexicon = EntityLexicon.build(rows, List.of(), List.of());
        assertEquals(rows.size(), lexicon.entities().size());
    }
}

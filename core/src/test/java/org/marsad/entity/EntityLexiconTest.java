package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
}

package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.marsad.dedup.MatchTerms;
import org.marsad.lexicon.TsvResource;

class OrdinalsTest {

    private static Set<Integer> of(String headline) {
        return Ordinals.standard().of(MatchTerms.of(headline));
    }

    @Test
    void formsOfOneOrdinalAreOneNumber() {
        assertEquals(Set.of(3), of("وصول الطائرة الإغاثية الثالثة إلى عدن"));
        assertEquals(Set.of(3), of("طائرة سعودية ثالثة تهبط بمطار عدن"));
        assertEquals(Set.of(2), of("انطلاق الدفعة الثانية من الحجاج"));
        assertEquals(Set.of(), of("الذهب يتجه لأكبر خسارة شهرية في عامين"));
        assertEquals(Set.of(), of("المرحلة الأولى من المشروع"), "first numbers nothing in many headlines");
    }

    @Test
    void differentOrdinalsWithNoneInCommonConflict() {
        assertTrue(Ordinals.conflict(Set.of(2), Set.of(3)));
        assertFalse(Ordinals.conflict(Set.of(2, 3), Set.of(3)));
        assertFalse(Ordinals.conflict(Set.of(), Set.of(3)), "a headline naming no ordinal tells no installment");
    }

    @Test
    void aBadRowIsRefusedWithItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Ordinals(TsvResource.parse("ordinals.tsv", List.of("ثالث\tthree"), 2)));
        assertTrue(e.getMessage().startsWith("ordinals.tsv line 1:"), e.getMessage());
    }
}

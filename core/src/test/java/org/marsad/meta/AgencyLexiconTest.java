package org.marsad.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.TsvResource;

class AgencyLexiconTest {

    private static final AgencyLexicon LEXICON = AgencyLexicon.standard();

    private static List<String> inText(String text) {
        return ids(LEXICON.find(text, false));
    }

    private static List<String> onSourceLine(String text) {
        return ids(LEXICON.find(text, true));
    }

    private static List<String> ids(List<Agency> agencies) {
        return agencies.stream().map(Agency::id).toList();
    }

    // The examples of the brief, from real pages

    @Test
    void bylineWithSeveralAgenciesAndProclitics() {
        assertEquals(List.of("tass", "sputnik", "yonhap"), onSourceLine("مينه دوك (وفقًا لوكالة تاس، وسبوتنيك، ويونهاب)"));
    }

    @Test
    void agencyInStraightQuotesAfterCue() {
        assertEquals(List.of("yonhap"), inText("بحسب وكالة \"يونهاب\" الكورية الجنوبية"));
    }

    @Test
    void spacedAbbreviationAfterSource() {
        assertEquals(List.of("dpa"), onSourceLine("المصدر د ب أ"));
    }

    @Test
    void abbreviationInParenthesesAfterDateline() {
        assertEquals(List.of("mena"), inText("القاهرة (أ ش أ)"));
    }

    @Test
    void agencyInCurlyQuotesAfterProcliticCue() {
        assertEquals(List.of("tass"), inText("ووفقًا لوكالة “تاس” الروسية للأنباء"));
    }

    @Test
    void fullNameThenAbbreviationInParenthesesCountsOnce() {
        assertEquals(List.of("spa"), inText("وقالت وكالة الأنباء السعودية (واس)"));
    }

    @Test
    void cityNamedLikeAnAgencyWithoutContext() {
        assertEquals(List.of(), inText("زار مدينة بترا الأثرية"));
    }

    @Test
    void cityNamedLikeAnAgencyAfterCue() {
        assertEquals(List.of("petra"), inText("ذكرت وكالة بترا"));
    }

    @Test
    void personNamedLikeAnAgency() {
        assertEquals(List.of(), inText("فارس الخوري"));
    }

    @Test
    void ambiguousAgencyAfterCue() {
        assertEquals(List.of("fars"), inText("أفادت وكالة فارس"));
    }

    @Test
    void twoAgenciesInOrderOfMention() {
        assertEquals(List.of("yonhap", "kcna"), inText("نقلت وكالة يونهاب للأنباء عن وكالة الأنباء المركزية الكورية"));
    }

    // Forms of names

    @Test
    void dottedAbbreviationEqualsSpacedOne() {
        assertEquals(List.of("afp"), inText("باريس (أ.ف.ب) - قال"));
    }

    @Test
    void dottedDpa() {
        assertEquals(List.of("dpa"), inText("برلين - د.ب.أ"));
    }

    @Test
    void agencyInGuillemets() {
        assertEquals(List.of("reuters"), inText("بحسب «رويترز»"));
    }

    @Test
    void multiWordNameWithoutAbbreviation() {
        assertEquals(List.of("afp"), inText("ذكرت وكالة الصحافة الفرنسية أن"));
    }

    @Test
    void latinAbbreviationIgnoresCase() {
        assertEquals(List.of("afp"), inText("Photo: afp"));
    }

    @Test
    void hyphenatedName() {
        assertEquals(List.of("tass"), inText("according to ITAR-TASS"));
    }

    @Test
    void hamzaVariantOfName() {
        assertEquals(List.of("irna"), inText("نقلت ارنا عن الوزير"));
    }

    @Test
    void spellingVariantOfName() {
        assertEquals(List.of("bloomberg"), inText("قالت بلومبيرغ"));
    }

    @Test
    void procliticLamBeforeName() {
        assertEquals(List.of("reuters"), inText("وقال لرويترز"));
    }

    @Test
    void procliticLamBeforeArticle() {
        assertEquals(List.of("anadolu"), inText("قال لوكالة الأناضول"));
    }

    @Test
    void procliticLamSwallowingTheArticle() {
        assertEquals(List.of("anadolu"), onSourceLine("وفقا للأناضول"));
    }

    @Test
    void wordMerelyStartingWithProcliticLettersIsNotCut() {
        assertEquals(List.of(), inText("وكان الوالي في القصر"));
    }

    @Test
    void longerNameWinsOverShorterOne() {
        assertEquals(List.of("kcna"), inText("الوكالة المركزية الكورية للأنباء"));
    }

    @Test
    void sameAgencyTwiceIsListedOnce() {
        assertEquals(List.of("tass"), inText("قالت تاس ... وأضافت تاس"));
    }

    // Context for ambiguous names

    @Test
    void ambiguousNameOnSourceLine() {
        assertEquals(List.of("wam"), onSourceLine("المصدر: وام"));
    }

    @Test
    void ambiguousNameAfterSourceCueInText() {
        assertEquals(List.of("wam"), inText("المصدر: وام"));
    }

    @Test
    void ambiguousNameAfterNewsAgencyCue() {
        assertEquals(List.of("fars"), inText("قالت وكالة أنباء فارس"));
    }

    @Test
    void ambiguousNameBeforeAfterCue() {
        assertEquals(List.of("tasnim"), inText("ذكرت تسنيم للأنباء"));
    }

    @Test
    void ambiguousNameInParentheses() {
        assertEquals(List.of("qna"), inText("الدوحة (قنا)"));
    }

    @Test
    void ambiguousNameInRunningText() {
        assertEquals(List.of(), inText("مدينة قنا في صعيد مصر"));
    }

    @Test
    void cueFollowedByOtherWordsDoesNotReach() {
        assertEquals(List.of(), inText("وكالة كبيرة في فارس"));
    }

    @Test
    void ambiguousAbbreviationNeedsContext() {
        assertEquals(List.of(), inText("أ ب ت ث"));
    }

    @Test
    void ambiguousAbbreviationInParentheses() {
        assertEquals(List.of("ap"), inText("واشنطن (أ ب)"));
    }

    @Test
    void ambiguousLatinWordNeedsContext() {
        assertEquals(List.of(), inText("open the map"));
    }

    @Test
    void singleLetterNeverMatches() {
        assertEquals(List.of(), onSourceLine("أ"));
    }

    @Test
    void outletIsNoAgency() {
        assertEquals(List.of(), onSourceLine("المصدر: البوابة نيوز"));
    }

    @Test
    void photoCreditInText() {
        assertEquals(List.of("sputnik"), inText("الصورة: سبوتنيك"));
    }

    @Test
    void agencyCarriesItsNames() {
        assertEquals(List.of(new Agency("spa", "واس", "SPA")), LEXICON.find("(واس)", false));
    }

    // Data checks

    @Test
    void singleLetterVariantIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> lexicon("x\tأ\tX\tأ\tno"));
        assertEquals("agencies.tsv line 1: variant 'أ' is a single letter", error.getMessage());
    }

    @Test
    void variantOfTwoAgenciesIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> lexicon("a\tأ\tA\tتاس\tno", "b\tب\tB\tتاس\tno"));
        assertEquals("agencies.tsv line 2: variant 'تاس' is already listed for a", error.getMessage());
    }

    @Test
    void unknownNeedsContextValueIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> lexicon("a\tأ\tA\tتاس\tmaybe"));
        assertEquals("agencies.tsv line 1: needs_context is 'maybe', expected yes or no", error.getMessage());
    }

    @Test
    void rowsOfOneIdWithDifferentNamesAreRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> lexicon("a\tأ\tA\tتاس\tno", "a\tأأ\tA\tسانا\tyes"));
        assertEquals("agencies.tsv line 2: names of a differ from an earlier row: Agency[id=a, arabicName=أ, englishName=A]",
                error.getMessage());
    }

    @Test
    void missingColumnIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> lexicon("a\tأ\tA\tتاس"));
        assertEquals("agencies.tsv line 1: expected 5 tab-separated columns, found 4", error.getMessage());
    }

    private static AgencyLexicon lexicon(String... agencyLines) {
        return AgencyLexicon.fromRows(TsvResource.parse("agencies.tsv", List.of(agencyLines), 5), List.of());
    }
}

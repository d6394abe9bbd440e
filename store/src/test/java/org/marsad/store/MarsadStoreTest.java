package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.source.InputProblem;

class MarsadStoreTest {

    private static final Marsad MARSAD = new Marsad();

    @TempDir
    static Path tmp;
    static Path pages;
    static Path data;
    static IngestSummary first;
    static final List<InputProblem> problems = new ArrayList<>();

    @BeforeAll
    static void ingestFixturePages() throws IOException {
        pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), """
                بوتين يصل إلى بيونغ يانغ في زيارة رسمية
                تاريخ النشر: 18 يونيو 2024
                وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ فجر اليوم في زيارة تستمر يومين يلتقي خلالها الزعيم الكوري الشمالي كيم جونغ أون.
                وقال الكرملين إن الزعيمين سيبحثان توقيع معاهدة شراكة استراتيجية شاملة بين البلدين.
                """);
        Files.writeString(pages.resolve("b.txt"), """
                كيم يستقبل بوتن في العاصمة الكورية
                تاريخ النشر: 19 يونيو 2024
                استقبل الزعيم الكوري الشمالي كيم جونغ أون الرئيس الروسي بوتن في مطار بيونغ يانغ وسط مراسم رسمية.
                ووقع الزعيمان معاهدة الشراكة الاستراتيجية الشاملة التي تنص على المساعدة المتبادلة.
                """);
        Files.writeString(pages.resolve("c.txt"), """
                افتتاح معرض الكتاب في الرياض
                تاريخ النشر: 2 أكتوبر 2024
                افتتح في الرياض معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر من ثلاثين دولة.
                ويستمر المعرض عشرة أيام وسط إقبال كبير من الزوار على أجنحة الدور العربية.
                """);
        Files.writeString(pages.resolve("broken.txt"), "\u0000\u0001binary");
        data = tmp.resolve("data");
        try (StoreWriter writer = StoreWriter.open(data, MARSAD, 2)) {
            first = writer.ingest(List.of(pages.toString()), listener());
        }
    }

    private static IngestListener listener() {
        return new IngestListener() {
            @Override
            public void progress(IngestProgress progress) {
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        };
    }

    @Test
    void ingestIndexesEveryGoodPageAndReportsTheBadOne() {
        assertEquals(3, first.articles());
        assertEquals(3, first.added());
        assertEquals(1, first.problems());
        assertTrue(problems.get(0).source().endsWith("broken.txt"), problems.toString());
    }

    @Test
    void aSpellingVariantFindsTheEntityInEverySpelling() throws Exception {
        try (MarsadStore store = MarsadStore.open(data)) {
            SearchResult r = store.search(SearchRequest.of("بوتن"));
            assertEquals(2, r.total(), "بوتن finds the page spelling it بوتين too");
            Hit hit = r.hits().stream().filter(h -> h.title().startsWith("بوتين")).findFirst().orElseThrow();
            assertTrue(hit.snippet().stream().anyMatch(p -> p.match() && p.text().contains("بوتين")),
                    "the other spelling is marked in the snippet: " + hit.snippet());
            assertTrue(r.facets().get("entity").stream().anyMatch(f -> f.value().equals("vladimir-putin")));
        }
    }

    @Test
    void cliticsAndLetterVariantsMatchThroughTheAnalyzer() throws Exception {
        try (MarsadStore store = MarsadStore.open(data)) {
            assertEquals(2, store.search(SearchRequest.of("المعاهدة")).total(), "معاهدة / المعاهدة: the article is stripped");
            assertEquals(1, store.search(SearchRequest.of("والمعرض")).total());
            assertEquals(1, store.search(SearchRequest.of("\"معرض الكتاب\"")).total());
            assertEquals(0, store.search(SearchRequest.of("\"الكتاب معرض\"")).total(), "a phrase keeps its order");
            assertEquals(1, store.search(SearchRequest.of("الشراكة NOT وقع")).total());
            assertEquals(3, store.search(SearchRequest.of("الرياض OR بيونغ")).total());
            assertEquals(3, store.search(SearchRequest.of("")).total(), "an empty query browses everything");
        }
    }

    @Test
    void filtersAndSortNarrowAndOrder() throws Exception {
        try (MarsadStore store = MarsadStore.open(data)) {
            SearchRequest byDate = new SearchRequest("", null, List.of(), List.of("vladimir-putin"), null,
                    java.time.LocalDate.of(2024, 6, 19), null, SearchRequest.Sort.DATE, 0, 10);
            SearchResult r = store.search(byDate);
            assertEquals(1, r.total());
            assertTrue(r.hits().get(0).title().startsWith("كيم"));
            SearchResult all = store.search(new SearchRequest("", null, List.of(), List.of(), null, null, null,
                    SearchRequest.Sort.DATE, 0, 10));
            assertEquals(java.time.LocalDate.of(2024, 10, 2), all.hits().get(0).date(), "newest first");
            assertEquals(List.of("2024-06", "2024-10"), all.facets().get("month").stream().map(FacetValue::value).toList());
        }
    }

    @Test
    void aQuerySyntaxErrorSaysWhatIsWrong() throws Exception {
        try (MarsadStore store = MarsadStore.open(data)) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> store.search(SearchRequest.of("\"بوتين")));
            assertTrue(e.getMessage().contains("cannot parse"), e.getMessage());
            assertEquals(0, store.search(SearchRequest.of("title:xyz 10:30")).total(), "colons are text, not fields");
        }
    }

    @Test
    void storiesAndEntitiesAreBuiltFromTheArticles() throws Exception {
        try (MarsadStore store = MarsadStore.open(data)) {
            List<StoryView> stories = store.stories(0, 10);
            List<String> members = stories.stream().flatMap(s -> s.articles().stream()).map(ArticleRef::id).sorted().toList();
            assertEquals(3, members.size(), "every article is in exactly one story");
            assertEquals(3, members.stream().distinct().count());
            for (StoryView s : stories) {
                for (ArticleRef a : s.articles()) {
                    assertEquals(s.story().id(), store.article(a.id()).orElseThrow().story());
                }
            }
            EntityView putin = store.entity("vladimir-putin").orElseThrow();
            assertEquals(2, putin.summary().articles());
            assertTrue(putin.summary().variants().stream().anyMatch(v -> v.text().equals("بوتن")));
            assertTrue(putin.cooccurring().stream().anyMatch(c -> c.id().equals("kim-jong-un")), putin.cooccurring().toString());
            assertEquals("vladimir-putin", store.findEntities("بوتن", 3).get(0).entity().id());
            String articleId = putin.articles().get(0).id();
            StoredArticle article = store.article(articleId).orElseThrow();
            assertEquals(putin.articles().get(0).story(), article.story());
            assertTrue(store.article("no-such-id").isEmpty());
            assertTrue(store.viewsFresh());
            long told = 0;
            for (StoryView s : store.stories(0, 10)) {
                for (ArticleRef a : s.articles()) {
                    told += store.article(a.id()).orElseThrow().analyzed().events().size();
                }
            }
            assertTrue(told > 0, "the fixture pages tell a visit and a signing");
            assertEquals(told, store.stats().events(), "the store counts the events its articles tell");
        }
    }

    @Test
    void ingestingAgainChangesNothingAndAChangedPageReplacesItsArticles() throws Exception {
        Path again = tmp.resolve("again");
        Path dir = Files.createDirectories(tmp.resolve("pages-again"));
        Files.copy(pages.resolve("a.txt"), dir.resolve("a.txt"));
        Files.copy(pages.resolve("c.txt"), dir.resolve("c.txt"));
        try (StoreWriter writer = StoreWriter.open(again, MARSAD, 1)) {
            writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
            java.time.Instant committed;
            try (MarsadStore store = MarsadStore.open(again)) {
                committed = store.stats().lastCommit();
            }
            IngestSummary second = writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
            assertEquals(2, second.unchanged());
            assertEquals(0, second.articles());
            assertEquals(1, second.stories() + second.entities() > 0 ? 1 : 0, "the counts are still reported");
            try (MarsadStore store = MarsadStore.open(again)) {
                assertEquals(committed, store.stats().lastCommit(), "nothing changed, nothing committed");
            }
            Files.writeString(dir.resolve("c.txt"), Files.readString(dir.resolve("c.txt")).replace("ألف", "خمسمائة"));
            IngestSummary third = writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
            assertEquals(1, third.replaced());
            assertEquals(1, third.unchanged());
        }
        try (MarsadStore store = MarsadStore.open(again)) {
            assertEquals(2, store.stats().articles(), "no article held twice");
            assertEquals(1, store.search(SearchRequest.of("خمسمائة")).total());
        }
    }

    @Test
    void storiesRebuiltFromArticlesReadBackAndJustIndexedAreTheOnesOfOneIngest() throws Exception {
        // two runs: the second's rebuild reads the first's article back from the store and takes
        // the articles it indexed itself (one of them replacing a page) as it analyzed them
        Path dir = Files.createDirectories(tmp.resolve("pages-in-two-runs"));
        Files.copy(pages.resolve("a.txt"), dir.resolve("a.txt"));
        Files.copy(pages.resolve("c.txt"), dir.resolve("c.txt"));
        Path twoRuns = tmp.resolve("two-runs");
        try (StoreWriter writer = StoreWriter.open(twoRuns, MARSAD, 2)) {
            writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
            Files.copy(pages.resolve("b.txt"), dir.resolve("b.txt"));
            Files.writeString(dir.resolve("c.txt"), Files.readString(dir.resolve("c.txt")).replace("ألف", "خمسمائة"));
            IngestSummary second = writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
            assertEquals(1, second.added());
            assertEquals(1, second.replaced());
        }
        Path oneRun = tmp.resolve("one-run");
        try (StoreWriter writer = StoreWriter.open(oneRun, MARSAD, 2)) {
            writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
        }
        try (MarsadStore a = MarsadStore.open(twoRuns); MarsadStore b = MarsadStore.open(oneRun)) {
            assertEquals(3, a.stats().articles());
            assertEquals(3, a.stories(0, 10).stream().mapToInt(story -> story.articles().size()).sum());
            assertEquals(b.stories(0, 10), a.stories(0, 10));
            assertEquals(b.entities(null, 0, 100), a.entities(null, 0, 100));
            assertEquals(b.entity("vladimir-putin"), a.entity("vladimir-putin"));
        }
    }

    @Test
    void theTotalIsExactBeyondAThousandMatches() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many-pages"));
        StringBuilder dump = new StringBuilder();
        int records = 1_200;
        for (int i = 0; i < records; i++) {
            dump.append("{\"title\": \"موسم الزيتون رقم ").append(i).append("\", \"url\": \"http://example.org/").append(i)
                    .append("\", \"content\": \"بدأ موسم قطف الزيتون في القرية ").append(i).append(" هذا الأسبوع.\"}\n");
        }
        Files.writeString(dir.resolve("olives.jsonl"), dump);
        Path many = tmp.resolve("many");
        try (StoreWriter writer = StoreWriter.open(many, MARSAD, 2)) {
            writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
        }
        try (MarsadStore store = MarsadStore.open(many)) {
            SearchResult result = store.search(SearchRequest.of("الزيتون"));
            assertEquals(records, result.total(), "every match counted, not a lower bound");
            assertEquals(records, result.facets().get("type").get(0).count());
            assertEquals(10, result.hits().size());
            String id = result.hits().get(0).id();
            assertTrue(store.article(id).orElseThrow().analyzed().article().text().contains("الزيتون"),
                    "the stored article reads back whole");
        }
    }

    @Test
    void relatedArticlesLieOutsideTheStoryAndShareEntitiesAndWords() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("related-pages"));
        Files.copy(pages.resolve("a.txt"), dir.resolve("a.txt"));
        Files.copy(pages.resolve("b.txt"), dir.resolve("b.txt"));
        Files.copy(pages.resolve("c.txt"), dir.resolve("c.txt"));
        Files.writeString(dir.resolve("d.txt"), """
                قمة روسية كورية في فلاديفوستوك
                تاريخ النشر: 13 سبتمبر 2023
                التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوتشني الفضائية.
                وبحث الزعيمان التعاون العسكري والشراكة بين البلدين قبل أن يعود كيم إلى بيونغ يانغ بالقطار.
                """);
        Path related = tmp.resolve("related");
        try (StoreWriter writer = StoreWriter.open(related, MARSAD, 1)) {
            writer.ingest(List.of(dir.toString()), IngestListener.SILENT);
        }
        try (MarsadStore store = MarsadStore.open(related)) {
            String summit = store.search(SearchRequest.of("فلاديفوستوك")).hits().get(0).id();
            String visit = store.search(SearchRequest.of("فجر")).hits().get(0).id();
            String welcome = store.search(SearchRequest.of("مطار")).hits().get(0).id();
            String fair = store.search(SearchRequest.of("معرض")).hits().get(0).id();
            String visitStory = store.article(visit).orElseThrow().story();
            List<RelatedArticle> found = store.related(summit, 5);
            assertFalse(found.isEmpty());
            for (RelatedArticle r : found) {
                assertNotEquals(summit, r.article().id());
                assertNotEquals(fair, r.article().id(), "the book fair shares nothing that matters");
                assertTrue(List.of(visit, welcome).contains(r.article().id()), "the 2024 visit is the related one: " + r);
                assertTrue(r.sharedEntities().contains("فلاديمير بوتين"), r.toString());
                assertFalse(r.sharedWords().isEmpty(), r.toString());
            }
            assertTrue(store.related(visit, 5).stream().noneMatch(r -> visitStory.equals(r.article().story())),
                    "nothing of the article's own story");
            assertTrue(store.related("no-such-article", 5).isEmpty());
        }
    }

    @Test
    void anEmptyDirectoryReadsAsAnEmptyStore() throws Exception {
        try (MarsadStore store = MarsadStore.open(tmp.resolve("empty"))) {
            assertEquals(0, store.stats().articles());
            assertEquals(0, store.search(SearchRequest.of("بوتين")).total());
            assertTrue(store.stories(0, 10).isEmpty());
            assertFalse(store.entity("vladimir-putin").isPresent());
        }
    }
}

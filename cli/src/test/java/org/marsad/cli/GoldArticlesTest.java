package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.article.Article;

class GoldArticlesTest {

    @TempDir
    Path dir;

    private GoldArticles read(String... lines) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return GoldArticles.read(file);
    }

    @Test
    void datesWrittenOtherWaysAreRead() throws IOException {
        GoldArticles gold = read(
                "{\"id\":\"a\",\"story\":\"s\",\"published\":\"2015-07-21T08:30:00Z\"}",
                "{\"id\":\"b\",\"story\":\"s\",\"published\":\"2015-7-3\"}",
                "{\"id\":\"c\",\"story\":\"s\",\"published\":\"22/07/2015\"}",
                "{\"id\":\"d\",\"story\":\"s\",\"published\":\"٢٣ يوليو ٢٠١٥\"}");
        assertEquals(LocalDate.of(2015, 7, 21), gold.articles().get(0).published());
        assertEquals(LocalDate.of(2015, 7, 3), gold.articles().get(1).published());
        assertEquals(LocalDate.of(2015, 7, 22), gold.articles().get(2).published());
        assertEquals(LocalDate.of(2015, 7, 23), gold.articles().get(3).published());
        assertTrue(gold.problems().isEmpty(), gold.problems().toString());
    }

    @Test
    void aDateThatCannotBeReadLeavesTheArticleUndatedAndIsReported() throws IOException {
        GoldArticles gold = read(
                "{\"id\":\"a\",\"story\":\"s\",\"published\":\"yesterday\"}",
                "{\"id\":\"b\",\"story\":\"s\",\"published\":\"2015-02-30\"}",
                "{\"id\":\"c\",\"story\":\"s\",\"published\":null}");
        assertEquals(3, gold.articles().size());
        gold.articles().forEach(a -> assertNull(a.published(), a.id()));
        assertEquals(2, gold.problems().size(), gold.problems().toString());
        assertTrue(gold.problems().get(0).endsWith("gold.jsonl:1: \"published\" yesterday is not a date (YYYY-MM-DD); read as undated"),
                gold.problems().get(0));
        assertTrue(gold.problems().get(1).contains("gold.jsonl:2: "), gold.problems().get(1));
        assertEquals(0, gold.skipped());
    }

    @Test
    void numbersServeAsIdsAndLabelsAndMissingFieldsAreEmpty() throws IOException {
        GoldArticles gold = read("\uFEFF{\"id\":17,\"story\":4,\"title\":null}", "", "{\"id\":18,\"story\":4,\"text\":\"سطر\\r\\nسطر ثان\"}");
        assertEquals(2, gold.articles().size());
        Article first = gold.articles().get(0);
        assertEquals("17", first.id());
        assertNull(first.title());
        assertEquals("4", gold.story().get("18"));
        assertEquals(java.util.List.of("سطر", "سطر ثان"), gold.articles().get(1).paragraphs());
        assertTrue(gold.problems().isEmpty(), gold.problems().toString());
    }

    @Test
    void eachFaultCostsOnlyItsLine() throws IOException {
        GoldArticles gold = read(
                "{\"id\":\"a\",\"story\":\"s\"}",
                "not json at all",
                "[1, 2]",
                "{\"id\":\"b\"}",
                "{\"id\":{\"x\":1},\"story\":\"s\"}",
                "{\"id\":\"a\",\"story\":\"t\"}",
                "{\"id\":\"c\",\"story\":\"s\"}");
        assertEquals(java.util.List.of("a", "c"), gold.articles().stream().map(Article::id).toList());
        assertEquals("s", gold.story().get("a"));
        assertEquals(5, gold.skipped());
        assertEquals(5, gold.problems().size());
        for (int line = 2; line <= 6; line++) {
            assertTrue(gold.problems().get(line - 2).contains("gold.jsonl:" + line + ": "), gold.problems().toString());
        }
    }
}

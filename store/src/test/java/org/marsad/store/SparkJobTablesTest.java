package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a Spark job's output directory: what is missing or broken is reported, never thrown for
 * one file. (Valid tables written by the job itself are read back in the spark module's tests,
 * which run the job: {@code MarsadSparkJobTest}.)
 */
class SparkJobTablesTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryWithoutTheArticlesTableIsAnError() {
        IOException e = assertThrows(IOException.class, () -> SparkJobTables.read(dir));
        assertTrue(e.getMessage().contains("no 'articles' table"), e.getMessage());
    }

    @Test
    void aPartFileThatIsNotParquetIsAProblemAndMissingSideTablesAreNamed() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path broken = Files.writeString(articles.resolve("part-00000-x.snappy.parquet"), "نص وليس جدولا", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("_SUCCESS"), "");
        Files.writeString(articles.resolve(".part-00000-x.snappy.parquet.crc"), "crc");

        SparkJobTables.Loaded loaded = SparkJobTables.read(dir);

        assertEquals(List.of(), loaded.pages());
        assertEquals(1, loaded.problems().size(), loaded.problems()::toString);
        assertEquals(broken.toString(), loaded.problems().get(0).source());
        assertTrue(loaded.problems().get(0).reason().startsWith("not a readable Parquet file"), loaded.problems()::toString);
        assertEquals(List.of("entities", "times", "events"), loaded.missingTables());
    }

    @Test
    void anEmptyTableGivesNoArticles() throws IOException {
        for (String table : List.of("articles", "entities", "times", "events")) {
            Files.createDirectories(dir.resolve(table));
        }

        SparkJobTables.Loaded loaded = SparkJobTables.read(dir);

        assertEquals(0, loaded.articles());
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(), loaded.missingTables());
    }
}

package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.marsad.article.Article;

class InputFilesTest {

    private static final String DUMP = """
            [{"source": "okaz", "url": "http://x/1", "date_extracted": "2015-07-21 10:00:00", "title": "زيارة رسمية",
              "author": null, "content": "السطر الأول\\n\\nالسطر الثاني"},
             {"source": "sabq", "url": "http://x/2", "date_extracted": "2015-07-22", "title": "خبر", "content": "نص"}]
            """;

    @Test
    void aGzippedDumpGivesOneUnitPerRecord() throws IOException {
        InputFiles.Read read = InputFiles.read("/d/2015-07-21.json.gz", new ByteArrayInputStream(gzip(DUMP)));
        assertNull(read.problem());
        assertEquals(2, read.units().size());
        assertEquals(InputUnit.Kind.RECORD, read.units().get(1).kind());
        assertEquals(1, read.units().get(1).index());
    }

    @Test
    void jsonLinesAreReadToo() throws IOException {
        String lines = "{\"url\": \"u1\", \"content\": \"أ\"}\n{\"url\": \"u2\", \"content\": \"ب\"}\n";
        assertEquals(2, InputFiles.read("d.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))).units().size());
    }

    @Test
    void aPageIsOneUnitAndOtherNamesAreReported() throws IOException {
        byte[] page = "عنوان\nنص".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, InputFiles.read("/p/a.txt", new ByteArrayInputStream(page)).units().size());
        InputFiles.Read image = InputFiles.read("/p/a.png", new ByteArrayInputStream(page));
        assertEquals(0, image.units().size());
        assertNotNull(image.problem());
    }

    @Test
    void aRecordBecomesAnArticleWithItsFields() throws IOException {
        var record = new ObjectMapper().readTree(DUMP).get(0);
        Article a = ArticleRecords.article(record, "d.json", 0);
        assertEquals("http://x/1", a.source());
        assertEquals("زيارة رسمية", a.title());
        assertEquals("2015-07-21", a.published().toString());
        assertEquals("okaz", a.outlet());
        assertEquals(java.util.List.of("السطر الأول", "السطر الثاني"), a.paragraphs());
    }

    @Test
    void aRecordWithoutTextIsABadRecordNamingTheField() throws IOException {
        var record = new ObjectMapper().readTree("{\"url\": \"http://x/3\", \"title\": \"عنوان\", \"content\": \" \"}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(ArticleRecords.BadRecordException.class,
                () -> ArticleRecords.article(record, "d.json", 2));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("content"), e.getMessage());
    }

    @Test
    void localFilesAreNamedAsTheCliNamesThem() {
        assertEquals("/work/p/a.txt", MarsadSparkJob.sourceName("file:/work/p/a.txt"));
        assertEquals("hdfs://nn/p/a.txt", MarsadSparkJob.sourceName("hdfs://nn/p/a.txt"));
    }

    @Test
    void aBucketGivesEachPairOnceLesserKeyFirst() {
        var pairs = NearDuplicates.pairsOf(java.util.List.of("c", "a", "b"));
        assertEquals(3, pairs.size());
        assertEquals("a", pairs.get(0).getString(0));
        assertEquals("b", pairs.get(0).getString(1));
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}

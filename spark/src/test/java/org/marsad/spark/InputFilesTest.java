package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;

class InputFilesTest {

    private static final String DUMP = """
            [{"source": "okaz", "url": "http://x/1", "date_extracted": "2015-07-21 10:00:00", "title": "زيارة رسمية",
              "author": null, "content": "السطر الأول\\n\\nالسطر الثاني"},
             {"source": "sabq", "url": "http://x/2", "date_extracted": "2015-07-22", "title": "خبر", "content": "نص"}]
            """;

    @Test
    void aGzippedDumpIsReadWholeThenGivesOneArticlePerRecord() throws IOException {
        InputFiles.Read read = InputFiles.read("/d/2015-07-21.json.gz", new ByteArrayInputStream(gzip(DUMP)));
        assertNull(read.problem());
        List<Extracted> extracted = UnitAnalysis.extract(read.file());
        assertEquals(2, extracted.size());
        Article a = extracted.get(0).article();
        assertEquals("http://x/1", a.source());
        assertEquals("زيارة رسمية", a.title());
        assertEquals("2015-07-21", a.published().toString());
        assertEquals("okaz", a.outlet());
        assertEquals(List.of("السطر الأول", "السطر الثاني"), a.paragraphs());
        assertEquals("http://x/2", extracted.get(1).article().source());
    }

    @Test
    void aBadRecordIsOneProblemNamingItAndTheOthersAreKept() throws IOException {
        String lines = "{\"url\": \"u1\", \"content\": \"أ\"}\n42\n{\"url\": \"u2\", \"content\": \"ب\"}\n";
        List<Extracted> extracted = UnitAnalysis.extract(
                InputFiles.read("d.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))).file());
        assertEquals(3, extracted.size());
        List<Extracted> problems = extracted.stream().filter(e -> e.problem() != null).toList();
        assertEquals(1, problems.size());
        assertEquals("d.jsonl#1", problems.get(0).source());
    }

    @Test
    void aPageIsReadAndOtherNamesAreReported() throws IOException {
        byte[] page = "عنوان\nنص".getBytes(StandardCharsets.UTF_8);
        assertEquals("/p/a.txt", InputFiles.read("/p/a.txt", new ByteArrayInputStream(page)).file().source());
        InputFiles.Read image = InputFiles.read("/p/a.png", new ByteArrayInputStream(page));
        assertNull(image.file());
        assertNotNull(image.problem());
    }

    @Test
    void aBinaryPageIsAProblemNamingIt() {
        List<Extracted> extracted = UnitAnalysis.extract(new InputFile("/p/b.txt", new byte[] {'a', 0, 'b'}));
        assertEquals(1, extracted.size());
        assertEquals("/p/b.txt", extracted.get(0).source());
        assertTrue(extracted.get(0).problem().startsWith("binary"), extracted.get(0).problem());
    }

    /** Articles cross executors between extraction and analysis: every field, blocks included, must survive. */
    @Test
    void anExtractedArticleSurvivesJavaSerialization() throws IOException, ClassNotFoundException {
        Article a = new Article("id1", "/p/a.html", 1, Article.Role.APPENDED, "عنوان", LocalDate.of(2015, 7, 21), "page",
                "okaz", "محليات", null, List.of("واس"), List.of("وسم"), List.of("فقرة أولى", "فقرة ثانية"), List.of(),
                List.of("خبر آخر"), "ar", List.of(Block.html("body > p", BlockLabel.values()[0], "why", "فقرة أولى"),
                        new Block(3, BlockLabel.values()[1], null, "نص")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Extracted.article(a));
        }
        Extracted back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Extracted) in.readObject();
        }
        assertEquals(a, back.article());
        assertNull(back.problem());
    }

    @Test
    void localFilesAreNamedAsTheCliNamesThem() {
        assertEquals("/work/p/a.txt", MarsadSparkJob.sourceName("file:/work/p/a.txt"));
        assertEquals("hdfs://nn/p/a.txt", MarsadSparkJob.sourceName("hdfs://nn/p/a.txt"));
    }

    @Test
    void aBucketGivesEachPairOnceLesserKeyFirst() {
        var pairs = NearDuplicates.pairsOf(List.of("c", "a", "b"));
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

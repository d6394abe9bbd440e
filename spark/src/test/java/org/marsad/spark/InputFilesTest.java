package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;

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

    /** A page of three paragraphs, long enough that one bad byte is damage, not another charset. */
    static final String PAGE = """
            افتتاح معرض الكتاب في الرياض
            افتتح وزير الثقافة مساء الأحد معرض الكتاب الدولي في الرياض بمشاركة أكثر من ألف دار نشر من ثلاثين دولة.
            ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية وورش عمل للأطفال في القاعات المجاورة.
            وقال مدير المعرض إن عدد الزوار في العام الماضي تجاوز مليون زائر، وإن المنظمين يتوقعون عددا أكبر هذا العام.
            """;

    /** The page's UTF-8 bytes with {@code inserted} put in after the first line. */
    static byte[] pageWith(byte... inserted) {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        int at = PAGE.substring(0, PAGE.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[page.length + inserted.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(page, at, out, at + inserted.length, page.length - at);
        return out;
    }

    /** What the CLI's reader (PageReader, then Marsad.extract) reports for the file: warnings and problems. */
    private static List<InputProblem> reportedByTheCli(Path file) {
        List<InputProblem> reported = new ArrayList<>();
        Marsad marsad = new Marsad();
        new PageReader().read(List.of(file.toString()), page -> marsad.extract(page, reported::add), reported::add);
        return reported;
    }

    private static List<InputProblem> reported(List<Extracted> units) {
        return units.stream().filter(u -> u.problem() != null)
                .map(u -> new InputProblem(u.source(), u.problem(), u.skipped())).toList();
    }

    private static List<Extracted> extractFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return UnitAnalysis.extract(InputFiles.read(file.toString(), in).file());
        }
    }

    @Test
    void aPageWithAnInvalidUtf8ByteIsReadWithAWarningAsTheCliReadsIt(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("damaged.txt"), pageWith((byte) 0xFF));

        List<Extracted> units = extractFile(file);

        List<InputProblem> warnings = reported(units);
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(file.toString(), warnings.get(0).source());
        assertFalse(warnings.get(0).skipped());
        int badByte = PAGE.substring(0, PAGE.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8).length;
        assertEquals("invalid UTF-8 at byte " + badByte + ": 1 malformed byte read as U+FFFD", warnings.get(0).reason());
        assertEquals(reportedByTheCli(file), warnings);
        List<Article> articles = units.stream().filter(u -> u.problem() == null).map(Extracted::article).toList();
        assertEquals(1, articles.size());
        assertTrue(String.join("\n", articles.get(0).paragraphs()).contains("\uFFFD"), articles.get(0).paragraphs()::toString);
    }

    @Test
    void aPageWithAFewNulBytesIsReadWithoutThemAndAWarning(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("nul.txt"), pageWith((byte) 0, (byte) 0));

        List<Extracted> units = extractFile(file);

        List<InputProblem> warnings = reported(units);
        assertEquals(1, warnings.size(), warnings::toString);
        assertFalse(warnings.get(0).skipped());
        assertTrue(warnings.get(0).reason().startsWith("2 NUL bytes dropped"), warnings.get(0).reason());
        assertEquals(reportedByTheCli(file), warnings);
        List<Extracted> articles = units.stream().filter(u -> u.problem() == null).toList();
        assertEquals(1, articles.size());
        List<String> sound = UnitAnalysis.extract(new InputFile(file.toString(), PAGE.getBytes(StandardCharsets.UTF_8)))
                .get(0).article().paragraphs();
        assertEquals(sound, articles.get(0).article().paragraphs());
    }

    /** Analysis turns a warning into a problems-table row marked not skipped, and a bad input into one marked skipped. */
    @Test
    void aWarningRowIsMarkedNotSkippedAndABadInputRowSkipped() {
        List<Extracted> damaged = UnitAnalysis.extract(new InputFile("/p/d.txt", pageWith((byte) 0xFF)));
        Row warning = UnitAnalysis.analyze(damaged.get(0));
        Row article = UnitAnalysis.analyze(damaged.get(1));
        Row binary = UnitAnalysis.analyze(UnitAnalysis.extract(new InputFile("/p/b.txt", new byte[] {'a', 0, 'b'})).get(0));

        int problem = AnalyzedRows.ANALYZED.fieldIndex("problem");
        int skipped = AnalyzedRows.ANALYZED.fieldIndex("skipped");
        assertEquals("/p/d.txt", warning.getString(AnalyzedRows.ANALYZED.fieldIndex("source")));
        assertTrue(warning.getString(problem).startsWith("invalid UTF-8"), warning::toString);
        assertEquals(false, warning.get(skipped));
        assertNull(article.get(problem));
        assertNull(article.get(skipped));
        assertEquals(true, binary.get(skipped));
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

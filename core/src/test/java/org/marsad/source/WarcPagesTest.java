package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcPagesTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final String KREMLIN = "أعلن الكرملين أن الزعيم الكوري الشمالي سيزور روسيا قريبا.";
    private static final String PYONGYANG = "وصل الرئيس الروسي إلى بيونغ يانغ في زيارة رسمية.";
    private static final String FIRST_URL = "https://news.example/2024/06/putin-visit";
    private static final String LEGACY_URL = "https://old.example/article.php?id=7";
    private static final String IMAGE_URL = "https://news.example/logo.png";
    private static final String LAST_URL = "https://news.example/2024/06/last";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path dir;

    private record Delivered(List<RawPage> pages, List<InputProblem> problems) {
    }

    private static Delivered read(PageReader reader, Path input) {
        List<RawPage> pages = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        reader.read(List.of(input.toString()), pages::add, problems::add);
        return new Delivered(pages, problems);
    }

    private static String html(String body, String head) {
        return "<!DOCTYPE html>\n<html lang=\"ar\"><head>" + head + "<title>خبر</title></head><body><p>" + body
                + "</p></body></html>";
    }

    private static WarcResponse response(String url, String contentType, byte[] payload, String... headers)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), payload);
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        return new WarcResponse.Builder(url).body(http.build()).build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    /** The crawl of the brief: warcinfo, two HTML responses, a request, an image, and a last HTML response. */
    private static List<WarcRecord> crawl() throws IOException {
        return List.of(
                new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build(),
                response(FIRST_URL, "text/html; charset=UTF-8",
                        gzip(html(KREMLIN, "").getBytes(StandardCharsets.UTF_8)), "Content-Encoding", "gzip"),
                new WarcRequest.Builder(FIRST_URL)
                        .body(MediaType.HTTP_REQUEST, "GET /2024/06/putin-visit HTTP/1.1\r\nHost: news.example\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII))
                        .build(),
                // No charset in the header and none in the page: only the bytes tell.
                response(LEGACY_URL, "text/html", html(PYONGYANG, "").getBytes(WINDOWS_1256)),
                response(IMAGE_URL, "image/png", PNG),
                response(LAST_URL, "text/html;charset=utf-8", html(KREMLIN + " " + PYONGYANG, "").getBytes(StandardCharsets.UTF_8)));
    }

    /** Each record's bytes, written one after the other. */
    private static List<byte[]> recordBytes(List<WarcRecord> records, WarcCompression compression) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (WarcRecord record : records) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), compression)) {
                writer.write(record);
            }
            out.add(bytes.toByteArray());
        }
        return out;
    }

    private Path write(String name, List<byte[]> records) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] record : records) {
            all.write(record);
        }
        return Files.write(dir.resolve(name), all.toByteArray());
    }

    private static int offsetOf(List<byte[]> records, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += records.get(i).length;
        }
        return offset;
    }

    @Test
    void htmlResponsesBecomePagesAndTheTruncatedLastRecordIsReported() throws IOException {
        List<byte[]> records = new ArrayList<>(recordBytes(crawl(), WarcCompression.NONE));
        byte[] last = records.get(records.size() - 1);
        records.set(records.size() - 1, Arrays.copyOf(last, last.length - 60));
        Path warc = write("crawl.warc", records);

        Delivered delivered = read(new PageReader(), warc);

        assertEquals(List.of(FIRST_URL, LEGACY_URL), delivered.pages().stream().map(RawPage::source).toList());
        RawPage first = delivered.pages().get(0);
        assertEquals(html(KREMLIN, ""), first.text());
        assertEquals("UTF-8", first.charset());
        assertEquals(PageFormat.HTML, first.format());
        RawPage legacy = delivered.pages().get(1);
        assertEquals(html(PYONGYANG, ""), legacy.text());
        assertEquals("windows-1256", legacy.charset());

        assertEquals(1, delivered.problems().size(), delivered.problems()::toString);
        InputProblem problem = delivered.problems().get(0);
        assertEquals(warc.toString(), problem.source());
        assertTrue(problem.reason().startsWith("record at byte offset " + offsetOf(records, 5) + " (" + LAST_URL + "): "),
                problem.reason());
    }

    @Test
    void gzippedWarcIsFoundInAWalkedDirectory() throws IOException {
        Path warc = write("crawl.warc.gz", recordBytes(crawl(), WarcCompression.GZIP));
        Files.writeString(dir.resolve("note.txt"), KREMLIN);

        List<RawPage> pages = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new PageReader().read(List.of(dir.toString()), pages::add, problems::add);

        assertEquals(List.of(), problems);
        assertEquals(List.of(FIRST_URL, LEGACY_URL, LAST_URL, dir.resolve("note.txt").toString()),
                pages.stream().map(RawPage::source).toList());
        assertEquals(html(KREMLIN + " " + PYONGYANG, ""), pages.get(2).text());
        assertTrue(Files.exists(warc));
    }

    @Test
    void aCorruptRecordInTheMiddleIsReportedAndReadingResumesAtTheNextRecord() throws IOException {
        List<byte[]> records = new ArrayList<>(recordBytes(crawl(), WarcCompression.NONE));
        byte[] damaged = records.get(1).clone();
        damaged[0] = 'X'; // "XARC/1.1": not a record header any more
        records.set(1, damaged);
        Path warc = write("damaged.warc", records);

        Delivered delivered = read(new PageReader(), warc);

        assertEquals(List.of(LEGACY_URL, LAST_URL), delivered.pages().stream().map(RawPage::source).toList());
        assertEquals(1, delivered.problems().size(), delivered.problems()::toString);
        assertEquals("record at byte offset " + offsetOf(records, 1) + ": ", delivered.problems().get(0).reason()
                .substring(0, ("record at byte offset " + offsetOf(records, 1) + ": ").length()));
        assertTrue(delivered.problems().get(0).reason().endsWith("; reading resumes at byte offset " + offsetOf(records, 2)),
                delivered.problems().get(0).reason());
    }

    @Test
    void aCorruptGzipMemberIsReportedAndTheNextMemberIsRead() throws IOException {
        List<byte[]> records = new ArrayList<>(recordBytes(crawl(), WarcCompression.GZIP));
        byte[] damaged = records.get(3).clone();
        for (int i = 20; i < damaged.length - 8; i++) {
            damaged[i] ^= 0x5a; // the deflate stream of the windows-1256 page, scrambled
        }
        records.set(3, damaged);
        Path warc = write("damaged.warc.gz", records);

        Delivered delivered = read(new PageReader(), warc);

        assertEquals(List.of(FIRST_URL, LAST_URL), delivered.pages().stream().map(RawPage::source).toList());
        assertEquals(1, delivered.problems().size(), delivered.problems()::toString);
        assertTrue(delivered.problems().get(0).reason().startsWith("record at byte offset " + offsetOf(records, 3)),
                delivered.problems().get(0).reason());
    }

    @Test
    void aStreamStopsAtACorruptRecordAndKeepsThePagesBefore() throws IOException {
        List<byte[]> records = new ArrayList<>(recordBytes(crawl(), WarcCompression.NONE));
        byte[] damaged = records.get(3).clone();
        damaged[0] = 'X';
        records.set(3, damaged);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] record : records) {
            all.write(record);
        }
        List<RawPage> pages = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();

        new WarcPages(PageReader.DEFAULT_MAX_PAGE_BYTES).read(new ByteArrayInputStream(all.toByteArray()), "s.warc",
                pages::add, problems::add);

        assertEquals(List.of(FIRST_URL), pages.stream().map(RawPage::source).toList());
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).reason().startsWith("record at byte offset " + offsetOf(records, 3) + ": "));
        assertTrue(problems.get(0).reason().endsWith("; the rest of the file is skipped"), problems.get(0).reason());
    }

    @Test
    void deflatedPayloadAndHeaderCharsetAreHonoured() throws IOException {
        byte[] legacyWithHeader = html(PYONGYANG, "").getBytes(Charset.forName("ISO-8859-6"));
        Path warc = write("deflate.warc", recordBytes(List.of(
                response(FIRST_URL, "application/xhtml+xml", deflate(html(KREMLIN, "").getBytes(StandardCharsets.UTF_8)),
                        "Content-Encoding", "deflate"),
                response(LEGACY_URL, "text/html; charset=ISO-8859-6", legacyWithHeader)), WarcCompression.NONE));

        Delivered delivered = read(new PageReader(), warc);

        assertEquals(List.of(), delivered.problems());
        assertEquals(html(KREMLIN, ""), delivered.pages().get(0).text());
        assertEquals(html(PYONGYANG, ""), delivered.pages().get(1).text());
        assertEquals("ISO-8859-6", delivered.pages().get(1).charset());
    }

    @Test
    void aLatinDefaultHeaderOnAnArabicPageIsOverruledByTheBytes() throws IOException {
        Path warc = write("latin.warc", recordBytes(List.of(
                response(LEGACY_URL, "text/html; charset=iso-8859-1", html(PYONGYANG, "").getBytes(WINDOWS_1256))),
                WarcCompression.NONE));

        RawPage page = read(new PageReader(), warc).pages().get(0);

        assertEquals(html(PYONGYANG, ""), page.text());
        assertEquals("windows-1256", page.charset());
    }

    @Test
    void aPayloadOverTheLimitIsReportedAndTheNextRecordRead() throws IOException {
        String big = html("ب".repeat(3000), "");
        Path warc = write("big.warc", recordBytes(List.of(
                response(FIRST_URL, "text/html; charset=utf-8", big.getBytes(StandardCharsets.UTF_8)),
                response(LEGACY_URL, "text/html", html(PYONGYANG, "").getBytes(WINDOWS_1256))), WarcCompression.NONE));

        Delivered delivered = read(new PageReader(4096), warc);

        assertEquals(List.of(LEGACY_URL), delivered.pages().stream().map(RawPage::source).toList());
        assertEquals(1, delivered.problems().size());
        assertTrue(delivered.problems().get(0).reason()
                .equals("record at byte offset 0 (" + FIRST_URL + "): too large: more than 4096 bytes of payload (limit 4096)"),
                delivered.problems().get(0).reason());
    }

    @Test
    void aFileThatIsNotWarcIsReportedNotThrown() throws IOException {
        Path notWarc = Files.writeString(dir.resolve("notes.warc"), "just some text, no records\n");

        Delivered delivered = read(new PageReader(), notWarc);

        assertEquals(List.of(), delivered.pages());
        assertEquals(1, delivered.problems().size(), delivered.problems()::toString);
        assertEquals(notWarc.toString(), delivered.problems().get(0).source());
        assertTrue(delivered.problems().get(0).reason().startsWith("not a WARC file: "), delivered.problems().get(0).reason());
    }

    @Test
    void readOneRefusesAWarcArchive() throws IOException {
        Path warc = write("one.warc", recordBytes(crawl(), WarcCompression.NONE));
        BadInputException e = assertThrows(BadInputException.class, () -> new PageReader().readOne(warc));
        assertTrue(e.reason().contains("WARC archive"), e.reason());
    }
}

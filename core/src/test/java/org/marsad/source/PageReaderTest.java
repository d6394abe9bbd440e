package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final String KREMLIN =
            "أعلن الكرملين أن الزعيم الكوري الشمالي سيزور روسيا قريبا في زيارة رسمية.";
    private static final String LIMIT = "(limit " + PageReader.DEFAULT_MAX_PAGE_BYTES + ")";

    @TempDir
    Path dir;

    /** What one call to read() delivered. */
    private record Delivered(List<RawPage> pages, List<InputProblem> problems) {

        List<String> pageSources() {
            return pages.stream().map(RawPage::source).toList();
        }

        InputProblem onlyProblem() {
            assertEquals(1, problems.size(), problems::toString);
            return problems.get(0);
        }
    }

    private static Delivered read(PageReader reader, String... inputs) {
        List<RawPage> pages = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        reader.read(List.of(inputs), pages::add, problems::add);
        return new Delivered(pages, problems);
    }

    private static Delivered read(String... inputs) {
        return read(new PageReader(), inputs);
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path writeUtf8(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeGzip(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        return file;
    }

    private Path sparseFile(String relative, long length) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }

    @Test
    void readsAFileNamedExplicitlyWhateverItsExtension() throws IOException {
        Path file = writeUtf8("page.html", KREMLIN);
        Delivered delivered = read(file.toString());
        assertEquals(List.of(new RawPage(file.toString(), KREMLIN, "UTF-8")), delivered.pages());
        assertEquals(List.of(), delivered.problems());
    }

    @Test
    void sourceIsTheNormalizedPath() throws IOException {
        Path file = writeUtf8("a/page.txt", KREMLIN);
        Delivered delivered = read(dir + "/a/./../a/page.txt");
        assertEquals(List.of(file.toString()), delivered.pageSources());
    }

    @Test
    void removesUtf8BomAndUnifiesLineBreaks() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("a.txt", PageDecoderTest.concat(bom, "عنوان\r\nنص\rخاتمة".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new RawPage(file.toString(), "عنوان\nنص\nخاتمة", "UTF-8"), read(file.toString()).pages().get(0));
    }

    @Test
    void readsWindows1256Files() throws IOException {
        Path file = write("legacy.txt", (KREMLIN + "\r\n").getBytes(WINDOWS_1256));
        assertEquals(new RawPage(file.toString(), KREMLIN + "\n", "windows-1256"), read(file.toString()).pages().get(0));
    }

    @Test
    void gunzipsGzFilesAndKeepsTheirName() throws IOException {
        Path file = writeGzip("a.txt.gz", KREMLIN.getBytes(WINDOWS_1256));
        assertEquals(List.of(new RawPage(file.toString(), KREMLIN, "windows-1256")), read(file.toString()).pages());
    }

    @Test
    void truncatedGzipIsACorruptGzip() throws IOException {
        Path whole = writeGzip("whole.txt.gz", KREMLIN.repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = write("cut.txt.gz", Arrays.copyOf(bytes, bytes.length / 2));
        InputProblem problem = read(cut.toString()).onlyProblem();
        assertEquals(cut.toString(), problem.source());
        assertTrue(problem.reason().startsWith("corrupt gzip: "), problem.reason());
    }

    @Test
    void textNamedGzIsACorruptGzip() throws IOException {
        Path file = writeUtf8("plain.txt.gz", KREMLIN);
        assertEquals(new InputProblem(file.toString(), "corrupt gzip: not in GZIP format"), read(file.toString()).onlyProblem());
    }

    @Test
    void walksADirectoryRecursivelyInPathOrder() throws IOException {
        writeUtf8("pages/b.txt", "ب");
        writeUtf8("pages/a/z.txt", "ز");
        writeUtf8("pages/a/y.text", "ي");
        writeUtf8("pages/a.txt", "أ");
        writeUtf8("pages/c", "ج");
        writeGzip("pages/d.txt.gz", "د".getBytes(StandardCharsets.UTF_8));
        writeUtf8("pages/e.html", "<p>ه</p>");
        writeUtf8("pages/f.png", "not a page");
        writeUtf8("pages/.hidden.txt", "مخفي");
        writeUtf8("pages/.git/x.txt", "مخفي");
        Path root = dir.resolve("pages");

        Delivered delivered = read(root.toString());

        List<String> expected = List.of("a.txt", "a/y.text", "a/z.txt", "b.txt", "c", "d.txt.gz", "e.html").stream()
                .map(name -> root.resolve(name).toString())
                .toList();
        assertEquals(expected, delivered.pageSources());
        assertEquals(List.of("أ", "ي", "ز", "ب", "ج", "د", "<p>ه</p>"), delivered.pages().stream().map(RawPage::text).toList());
        assertEquals(List.of(), delivered.problems());
    }

    @Test
    void followsSymbolicLinksToFilesInADirectory() throws IOException {
        Path target = writeUtf8("elsewhere/page.data", KREMLIN);
        Files.createDirectories(dir.resolve("pages"));
        Path link = Files.createSymbolicLink(dir.resolve("pages/linked.txt"), target);
        assertEquals(List.of(new RawPage(link.toString(), KREMLIN, "UTF-8")), read(dir.resolve("pages").toString()).pages());
    }

    @Test
    void danglingLinkInADirectoryIsReportedAndTheWalkGoesOn() throws IOException {
        Path good = writeUtf8("pages/good.txt", KREMLIN);
        Path link = Files.createSymbolicLink(dir.resolve("pages/gone.txt"), dir.resolve("nowhere.txt"));
        Delivered delivered = read(dir.resolve("pages").toString());
        assertEquals(List.of(good.toString()), delivered.pageSources());
        assertEquals(new InputProblem(link.toString(), "cannot read: no such file (dangling link?)"), delivered.onlyProblem());
    }

    @Test
    void danglingLinkNamedExplicitlyIsReported() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        assertEquals(new InputProblem(link.toString(), "cannot read: no such file (dangling link?)"), read(link.toString()).onlyProblem());
    }

    @Test
    void missingInputIsReportedAndTheOthersAreRead() throws IOException {
        Path good = writeUtf8("good.txt", KREMLIN);
        String missing = dir.resolve("missing.txt").toString();
        Delivered delivered = read(missing, good.toString());
        assertEquals(List.of(good.toString()), delivered.pageSources());
        assertEquals(new InputProblem(missing, "no such file or directory"), delivered.onlyProblem());
    }

    @Test
    void readsStdinFromTheInjectedStream() throws IOException {
        Path file = writeUtf8("a.txt", "ملف");
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_PAGE_BYTES,
                () -> new ByteArrayInputStream(KREMLIN.getBytes(WINDOWS_1256)));
        Delivered delivered = read(reader, "-", file.toString());
        assertEquals(List.of(new RawPage("-", KREMLIN, "windows-1256"), new RawPage(file.toString(), "ملف", "UTF-8")),
                delivered.pages());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hugeFileIsRefusedByItsSizeWithoutReadingIt() throws IOException {
        Path huge = sparseFile("huge.txt", 200L * 1024 * 1024);
        InputProblem problem = read(huge.toString()).onlyProblem();
        assertEquals(new InputProblem(huge.toString(), "too large: 209715200 bytes " + LIMIT), problem);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void endlessSingleLineOnStdinIsRefusedAfterTheLimit() {
        EndlessLine line = new EndlessLine("كلمة ".getBytes(StandardCharsets.UTF_8), 200L * 1024 * 1024);
        PageReader reader = new PageReader(PageReader.DEFAULT_MAX_PAGE_BYTES, () -> line);
        InputProblem problem = read(reader, "-").onlyProblem();
        assertEquals(new InputProblem("-", "too large: more than " + PageReader.DEFAULT_MAX_PAGE_BYTES + " bytes " + LIMIT), problem);
        assertTrue(line.produced <= PageReader.DEFAULT_MAX_PAGE_BYTES + 64 * 1024, "read " + line.produced + " bytes");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void longSingleLineThroughGzipIsRefusedAfterTheLimit() throws IOException {
        Path file = dir.resolve("line.txt.gz");
        byte[] chunk = "كلمة ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (long written = 0; written <= 20L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        InputProblem problem = read(file.toString()).onlyProblem();
        assertEquals(new InputProblem(file.toString(),
                "too large: more than " + PageReader.DEFAULT_MAX_PAGE_BYTES + " bytes uncompressed " + LIMIT), problem);
    }

    @Test
    void smallerLimitIsHonoured() throws IOException {
        Path file = writeUtf8("a.txt", "12345678901");
        assertEquals(new InputProblem(file.toString(), "too large: 11 bytes (limit 10)"),
                read(new PageReader(10), file.toString()).onlyProblem());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        Path file = writeUtf8("pages/locked.txt", KREMLIN);
        Path good = writeUtf8("pages/open.txt", KREMLIN);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user (root) who can read a chmod 000 file");
        Delivered delivered = read(dir.resolve("pages").toString());
        assertEquals(List.of(good.toString()), delivered.pageSources());
        assertEquals(new InputProblem(file.toString(), "cannot read: permission denied"), delivered.onlyProblem());
    }

    @Test
    void unreadableDirectoryIsReportedAndTheWalkGoesOn() throws IOException {
        Path good = writeUtf8("pages/a.txt", KREMLIN);
        writeUtf8("pages/locked/b.txt", KREMLIN);
        Path locked = dir.resolve("pages/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as a user (root) who can read a chmod 000 directory");
            Delivered delivered = read(dir.resolve("pages").toString());
            assertEquals(List.of(good.toString()), delivered.pageSources());
            assertEquals(new InputProblem(locked.toString(), "cannot read: permission denied"), delivered.onlyProblem());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------")); // lets @TempDir clean up
        }
    }

    @Test
    void directoryMixingGoodAndBadFilesDeliversEveryGoodOneAndReportsEachBadOneOnce() throws IOException {
        Path utf8 = writeUtf8("mixed/01-utf8.txt", KREMLIN);
        Path empty = write("mixed/02-empty.txt", new byte[0]);
        Path png = write("mixed/03-image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        byte[] start = "أعلن ".getBytes(StandardCharsets.UTF_8);
        Path broken = write("mixed/04-broken.txt",
                PageDecoderTest.concat(PageDecoderTest.concat(start, new byte[] {(byte) 0xFF}), KREMLIN.getBytes(StandardCharsets.UTF_8)));
        Path gz = writeGzip("mixed/05-zipped.txt.gz", KREMLIN.getBytes(StandardCharsets.UTF_8));
        Path corrupt = write("mixed/06-corrupt.txt.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2});
        Path huge = sparseFile("mixed/07-huge.txt", 20L * 1024 * 1024);
        Path link = Files.createSymbolicLink(dir.resolve("mixed/08-dangling.txt"), dir.resolve("nowhere"));
        Path legacy = write("mixed/09-legacy", KREMLIN.getBytes(WINDOWS_1256));
        Path nul = write("mixed/sub/10-nul.txt", new byte[] {'a', 0, 'b'});
        Path nested = writeUtf8("mixed/sub/11-nested.text", "خبر");
        writeUtf8("mixed/12-skipped.csv", "a,b");

        Delivered delivered = read(dir.resolve("mixed").toString());

        assertEquals(List.of(
                new RawPage(utf8.toString(), KREMLIN, "UTF-8"),
                new RawPage(broken.toString(), "أعلن \uFFFD" + KREMLIN, "UTF-8", PageFormat.UNDECLARED,
                        List.of("invalid UTF-8 at byte " + start.length + ": 1 malformed byte read as U+FFFD")),
                new RawPage(gz.toString(), KREMLIN, "UTF-8"),
                new RawPage(legacy.toString(), KREMLIN, "windows-1256"),
                new RawPage(nested.toString(), "خبر", "UTF-8")), delivered.pages());
        List<String> problemSources = delivered.problems().stream().map(InputProblem::source).toList();
        assertEquals(List.of(empty, png, broken, corrupt, huge, link, nul).stream().map(Path::toString).toList(),
                problemSources, delivered.problems()::toString);
        assertEquals(List.of(
                "empty file",
                "binary file (not text): PNG image",
                "invalid UTF-8 at byte " + start.length + ": 1 malformed byte read as U+FFFD",
                "corrupt gzip: truncated (unexpected end of data)",
                "too large: 20971520 bytes " + LIMIT,
                "cannot read: no such file (dangling link?)",
                "binary file (not text): NUL byte at byte 1"),
                delivered.problems().stream().map(InputProblem::reason).toList());
        assertEquals(List.of(true, true, false, true, true, true, true),
                delivered.problems().stream().map(InputProblem::skipped).toList(), "only the damaged page is read anyway");
    }

    @Test
    void runtimeFailureOnOneInputIsReportedAndTheOthersAreRead() throws IOException {
        Path good = writeUtf8("good.txt", KREMLIN);
        Supplier<InputStream> failingStdin = () -> {
            throw new IllegalStateException("stdin is closed");
        };
        Delivered delivered = read(new PageReader(PageReader.DEFAULT_MAX_PAGE_BYTES, failingStdin), "-", good.toString());
        assertEquals(List.of(good.toString()), delivered.pageSources());
        assertEquals(new InputProblem("-", "unexpected error: java.lang.IllegalStateException: stdin is closed"),
                delivered.onlyProblem());
    }

    @Test
    void readOneThrowsWithTheSourceAndReason() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        PageReader reader = new PageReader();
        BadInputException e = assertThrows(BadInputException.class, () -> reader.readOne(empty));
        assertEquals(empty + ": empty file", e.getMessage());
        BadInputException directory = assertThrows(BadInputException.class, () -> reader.readOne(dir));
        assertTrue(directory.reason().startsWith("is a directory"), directory.reason());
    }

    @Test
    void readOneReadsAPage() throws IOException, BadInputException {
        Path file = writeUtf8("a.txt", KREMLIN);
        assertEquals(new RawPage(file.toString(), KREMLIN, "UTF-8"), new PageReader().readOne(file));
    }

    @Test
    void fromStringCleansLikeAReadPage() {
        assertEquals(new RawPage("memo", "سطر\nسطر", RawPage.IN_MEMORY_CHARSET),
                PageReader.fromString("memo", "\uFEFFسطر\r\nسطر"));
    }

    @Test
    void refusesANonPositiveLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PageReader(0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    /** A stream of one line that never ends within {@code length} bytes, produced without being stored. */
    private static final class EndlessLine extends InputStream {
        private final byte[] pattern;
        private final long length;
        long produced;

        EndlessLine(byte[] pattern, long length) {
            this.pattern = pattern;
            this.length = length;
        }

        @Override
        public int read() {
            return produced < length ? pattern[(int) (produced++ % pattern.length)] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (produced >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - produced);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = pattern[(int) (produced++ % pattern.length)];
            }
            return n;
        }
    }
}

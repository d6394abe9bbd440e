package org.marsad.source;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads crawled text pages from files, directories and stdin, and never lets one bad input cost the
 * others: every input that cannot be read becomes an {@link InputProblem}, and reading goes on; a page
 * read only after a repair (bad bytes replaced, NUL bytes dropped) is delivered, after a warning
 * ({@link InputProblem#skipped()} false) that names it and the repair.
 *
 * <p>An input is
 * <ul>
 *   <li>{@code "-"}: stdin;</li>
 *   <li>a directory: its page files, recursively, sorted by path (see {@link PageDirectoryWalker}
 *       and {@link PageFileNames} for which files count as pages);</li>
 *   <li>anything else: a file, read whatever its extension.</li>
 * </ul>
 * Files named {@code *.gz} are gunzipped, and the page keeps the {@code .gz} name as its source.
 * A page larger than the size limit is refused without being read whole.
 * A WARC archive ({@code *.warc}, {@code *.warc.gz}), given or walked, yields one page per HTML
 * response record (see {@link WarcPages}), the size limit applying to each record's payload.
 */
public final class PageReader {

    public static final int DEFAULT_MAX_PAGE_BYTES = 16 * 1024 * 1024;
    public static final String STDIN = "-";

    static final String NO_SUCH_INPUT = "no such file or directory";

    /** Leaves room under the JVM's array size limit for the byte read past the limit. */
    private static final int LARGEST_MAX_PAGE_BYTES = Integer.MAX_VALUE - 16;

    private final PageBytesReader bytesReader;
    private final Supplier<InputStream> stdin;
    private final PageDecoder decoder = new PageDecoder();
    private final PageDirectoryWalker walker = new PageDirectoryWalker();
    private final WarcPages warcPages;

    public PageReader() {
        this(DEFAULT_MAX_PAGE_BYTES);
    }

    public PageReader(int maxPageBytes) {
        this(maxPageBytes, () -> System.in);
    }

    /**
     * @param maxPageBytes pages with more bytes (uncompressed) are refused as too large
     * @param stdin        where {@code "-"} reads from; called once per {@code "-"} input, and the
     *                     stream is not closed, since stdin belongs to the caller
     */
    public PageReader(int maxPageBytes, Supplier<InputStream> stdin) {
        if (maxPageBytes < 1 || maxPageBytes > LARGEST_MAX_PAGE_BYTES) {
            throw new IllegalArgumentException(
                    "maxPageBytes must be between 1 and " + LARGEST_MAX_PAGE_BYTES + ", got " + maxPageBytes);
        }
        this.bytesReader = new PageBytesReader(maxPageBytes);
        this.warcPages = new WarcPages(maxPageBytes);
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * Reads every input, in order, giving each page to {@code pages} and each failure to
     * {@code problems}. Nothing about an input throws out of here, including runtime exceptions
     * from reading it; exceptions thrown by the two consumers are the caller's and do propagate.
     */
    public void read(List<String> inputs, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                deliver(STDIN, this::readStdin, pages, problems);
            } else {
                readPath(input, pages, problems);
            }
        }
    }

    /**
     * Reads one file (gunzipped if named {@code *.gz}) whatever its extension; its source is the
     * path as given.
     *
     * @throws BadInputException if the file is missing, a directory, a WARC archive, unreadable, too large or not text
     */
    public RawPage readOne(Path file) throws BadInputException {
        String source = file.toString();
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(source, NO_SUCH_INPUT);
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(source, "is a directory (read() walks directories, readOne() does not)");
        }
        if (PageFileNames.isWarc(file.getFileName().toString())) {
            throw new BadInputException(source, "is a WARC archive of many pages (read() reads it, readOne() does not)");
        }
        return page(source, bytesReader.readFile(file, source));
    }

    /**
     * A page from bytes already in memory (a page posted to the server): checked and decoded as a
     * file's bytes are (binary refused, charset detected).
     *
     * @throws BadInputException if the bytes are not a text page
     */
    public RawPage fromBytes(String source, byte[] bytes) throws BadInputException {
        return page(source, bytes);
    }

    /** A page made from text already in memory, cleaned as read pages are (BOM removed, line breaks LF). */
    public static RawPage fromString(String source, String text) {
        return new RawPage(source, PageTextCleanup.clean(text), RawPage.IN_MEMORY_CHARSET);
    }

    private RawPage readStdin() throws BadInputException {
        return page(STDIN, bytesReader.readStream(stdin.get(), STDIN));
    }

    private void readPath(String input, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        Path path;
        try {
            path = inputPath(input);
        } catch (InvalidPathException e) {
            problems.accept(new InputProblem(input, "invalid path: " + e.getReason()));
            return;
        }
        if (path == null) {
            problems.accept(new InputProblem(input, "empty path"));
        } else if (Files.isDirectory(path)) {
            for (WalkedPath found : walker.walk(path)) {
                switch (found) {
                    case WalkedPath.PageFile file -> readFile(file.path(), pages, problems);
                    case WalkedPath.Unreadable bad -> problems.accept(new InputProblem(bad.path().toString(), bad.reason()));
                }
            }
        } else {
            readFile(path, pages, problems);
        }
    }

    private void readFile(Path file, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        Path name = file.getFileName();
        if (name != null && PageFileNames.isWarc(name.toString()) && Files.isRegularFile(file)) {
            warcPages.read(file, file.toString(), pages, problems);
        } else {
            deliver(file.toString(), () -> readOne(file), pages, problems);
        }
    }

    /** The input as a normalized path ("a/./b/" is "a/b", "x/.." is "."), or null for "". */
    private static Path inputPath(String input) {
        if (input.isEmpty()) {
            return null;
        }
        Path normalized = Path.of(input).normalize();
        return normalized.toString().isEmpty() ? Path.of(".") : normalized;
    }

    private RawPage page(String source, byte[] bytes) throws BadInputException {
        DecodedText decoded = decoder.decode(bytes, source);
        return new RawPage(source, decoded.text(), decoded.charset(), PageFormat.UNDECLARED, decoded.warnings());
    }

    private static void deliver(String source, PageRead read, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        RawPage page;
        try {
            page = read.read();
        } catch (BadInputException e) {
            problems.accept(e.toProblem());
            return;
        } catch (RuntimeException e) {
            // A bug or an unexpected failure on one input must not stop the rest of the crawl.
            problems.accept(new InputProblem(source, "unexpected error: " + e));
            return;
        }
        for (String warning : page.warnings()) {
            problems.accept(InputProblem.warning(page.source(), warning));
        }
        pages.accept(page);
    }

    @FunctionalInterface
    private interface PageRead {
        RawPage read() throws BadInputException;
    }
}

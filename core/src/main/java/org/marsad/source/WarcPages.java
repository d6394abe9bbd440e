package org.marsad.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages archived in a WARC file ({@code .warc}, {@code .warc.gz}), as crawlers and Common
 * Crawl write them:
 * <ul>
 *   <li>one page per {@code response} record whose HTTP Content-Type is HTML or XHTML, its source the
 *       record's target URI and its format {@link PageFormat#HTML};</li>
 *   <li>every other record (warcinfo, request, metadata, revisit, images, scripts) skipped silently;</li>
 *   <li>the payload's Content-Encoding (gzip, deflate) undone, then decoded by {@link PageDecoder}
 *       with the HTTP charset as the declared one (else the page's meta charset, else detection);</li>
 *   <li>a payload larger than the per-record limit, a bad HTTP header or an undecodable payload:
 *       a problem naming the file and the record's byte offset, and reading goes on;</li>
 *   <li>a record whose WARC header is corrupt or whose block is cut short: a problem naming the
 *       offset; in a file (seekable) reading resumes at the next record start found after it (a
 *       {@code WARC/1.x} line, or the next gzip member of a {@code .warc.gz}); in a stream, or when no
 *       further record start exists, the file ends there. Pages read before are kept.</li>
 * </ul>
 * Nothing about the archive throws out of {@link #read}; exceptions from the two consumers do.
 */
public final class WarcPages {

    static final String HTML_SUBTYPE = "html";
    static final String XHTML_SUBTYPE = "xhtml+xml";

    /** jwarc detects a gzip member by these bytes; a record of a .warc.gz starts a member. */
    private static final byte[] GZIP_MEMBER_START = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_RECORD_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_CHUNK_BYTES = 64 * 1024;
    /** RFC 1950: the low nibble of a zlib stream's first byte is 8 (deflate), and its first two bytes are a multiple of 31. */
    private static final int ZLIB_DEFLATE_METHOD = 8;
    private static final int ZLIB_HEADER_CHECK_DIVISOR = 31;

    private final int maxRecordBytes;
    private final PageDecoder decoder = new PageDecoder();

    /** @param maxRecordBytes payloads with more bytes (after Content-Encoding is undone) are refused */
    public WarcPages(int maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads a WARC file (gzipped or not, told by its bytes); {@code source} names it in problems. */
    public void read(Path file, String source, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            problems.accept(new InputProblem(source, ReadFailureReason.of(e)));
            return;
        }
        try (channel) {
            read(channel, source, pages, problems);
        } catch (IOException e) {
            problems.accept(new InputProblem(source, ReadFailureReason.of(e)));
        }
    }

    /** Reads a WARC stream (no resynchronisation after a corrupt record: the stream cannot seek). */
    public void read(InputStream in, String source, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        read(Channels.newChannel(in), source, pages, problems);
    }

    /**
     * Reads a WARC from a channel: a {@link SeekableByteChannel} (a file, or a distributed file
     * system's stream behind one) resumes after a corrupt record as a file does; any other channel
     * cannot, as a stream. The channel is not closed.
     */
    public void read(ReadableByteChannel channel, String source, Consumer<RawPage> pages, Consumer<InputProblem> problems) {
        WarcReader reader;
        try {
            reader = new WarcReader(channel);
        } catch (EOFException e) {
            problems.accept(new InputProblem(source, PageDecoder.EMPTY));
            return;
        } catch (IOException | RuntimeException e) {
            problems.accept(new InputProblem(source, "not a WARC file: " + message(e)));
            return;
        }
        // A record with a damaged trailer is still read whole; nothing a user could act on.
        reader.onWarning(warning -> { });
        long failedAt = -1;
        boolean anyRecord = false;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                long offset = reader.position();
                OptionalLong resume = nextRecordStart(channel, reader.compression(), offset + 1);
                boolean resumed = resume.isPresent() && seek(reader, resume.getAsLong());
                if (offset != failedAt) {
                    String what = anyRecord ? atOffset(offset) + ": corrupt or cut short: " : "not a WARC file: ";
                    String then = resumed ? "; reading resumes at byte offset " + resume.getAsLong()
                            : "; the rest of the file is skipped";
                    problems.accept(new InputProblem(source, what + message(e) + then));
                }
                if (!resumed) {
                    return;
                }
                failedAt = -1;
                continue;
            }
            anyRecord = true;
            if (next.isEmpty()) {
                return;
            }
            if (!(next.get() instanceof WarcResponse response)) {
                continue;
            }
            long offset = reader.position();
            Optional<RawPage> page;
            try {
                page = htmlPage(response, source, offset);
            } catch (BadInputException e) {
                problems.accept(e.toProblem());
                failedAt = offset;
                continue;
            }
            if (page.isPresent()) {
                for (String warning : page.get().warnings()) {
                    problems.accept(InputProblem.warning(source, atOffset(offset) + " (" + page.get().source() + "): " + warning));
                }
                pages.accept(page.get());
            }
        }
    }

    /** The page of an HTML response, empty for any other response. */
    private Optional<RawPage> htmlPage(WarcResponse response, String source, long offset) throws BadInputException {
        String where = atOffset(offset) + " (" + response.target() + "): ";
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (!isHtml(type)) {
                return Optional.empty();
            }
            byte[] payload;
            try (InputStream body = payload(http)) {
                payload = body.readNBytes(maxRecordBytes + 1);
            }
            if (payload.length > maxRecordBytes) {
                throw new BadInputException(source, where + "too large: more than " + maxRecordBytes
                        + " bytes of payload (limit " + maxRecordBytes + ")");
            }
            String target = response.target();
            DecodedText text = decoder.decode(payload, target, declaredCharset(type));
            return Optional.of(new RawPage(target, text.text(), text.charset(), PageFormat.HTML, text.warnings()));
        } catch (BadInputException e) {
            // Decoding names the page by its URI; the problem names the file and the record's offset.
            throw e.source().equals(source) ? e : new BadInputException(source, where + e.reason(), e);
        } catch (EOFException e) {
            throw new BadInputException(source, where + "record cut short: " + message(e), e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(source, where + "unreadable response: " + message(e), e);
        }
    }

    /**
     * The payload with its Content-Encoding undone. jwarc inflates "deflate" as a raw deflate stream,
     * but HTTP defines it as zlib-wrapped and servers send both, so deflate is told apart here by
     * its zlib header, as browsers do.
     */
    private static InputStream payload(HttpResponse http) throws IOException {
        List<String> encodings = http.headers().all("Content-Encoding");
        if (encodings.size() != 1 || !encodings.get(0).trim().equalsIgnoreCase("deflate")) {
            return http.bodyDecoded().stream();
        }
        BufferedInputStream body = new BufferedInputStream(http.body().stream());
        body.mark(2);
        int first = body.read();
        int second = body.read();
        body.reset();
        boolean zlibWrapped = first >= 0 && second >= 0 && (first & 0x0f) == ZLIB_DEFLATE_METHOD
                && ((first << 8) | second) % ZLIB_HEADER_CHECK_DIVISOR == 0;
        return new InflaterInputStream(body, new Inflater(!zlibWrapped));
    }

    static boolean isHtml(MediaType type) {
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return (type.type().equalsIgnoreCase("text") && subtype.equals(HTML_SUBTYPE))
                || (type.type().equalsIgnoreCase("application") && subtype.equals(XHTML_SUBTYPE));
    }

    private static Optional<Charset> declaredCharset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static String atOffset(long offset) {
        return "record at byte offset " + offset;
    }

    private static boolean seek(WarcReader reader, long position) {
        try {
            reader.position(position);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The offset of the first record start at or after {@code from}, found by scanning the file's
     * bytes: a gzip member header in a compressed WARC, a {@code WARC/1.} at a line start otherwise.
     * Empty for a stream, which cannot be scanned and then rewound.
     */
    static OptionalLong nextRecordStart(ReadableByteChannel channel, WarcCompression compression, long from) {
        if (!(channel instanceof SeekableByteChannel file)) {
            return OptionalLong.empty();
        }
        boolean gzip = compression == WarcCompression.GZIP;
        byte[] marker = gzip ? GZIP_MEMBER_START : WARC_RECORD_START;
        ByteBuffer chunk = ByteBuffer.allocate(SCAN_CHUNK_BYTES);
        try {
            long chunkStart = from;
            while (chunkStart < file.size()) {
                chunk.clear();
                file.position(chunkStart);
                while (chunk.hasRemaining() && file.read(chunk) > 0) {
                    // fill the chunk
                }
                byte[] bytes = chunk.array();
                int length = chunk.position();
                for (int i = 0; i + marker.length <= length; i++) {
                    if (matches(bytes, i, marker) && (gzip || atLineStart(file, bytes, chunkStart, i))) {
                        return OptionalLong.of(chunkStart + i);
                    }
                }
                if (length < marker.length || length < SCAN_CHUNK_BYTES) {
                    return OptionalLong.empty();
                }
                // Overlap so that a marker split across two chunks is still found.
                chunkStart += length - marker.length + 1;
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static boolean matches(byte[] bytes, int at, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (bytes[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean atLineStart(SeekableByteChannel file, byte[] bytes, long chunkStart, int i) throws IOException {
        if (i > 0) {
            return bytes[i - 1] == '\n';
        }
        if (chunkStart == 0) {
            return true;
        }
        ByteBuffer previous = ByteBuffer.allocate(1);
        file.position(chunkStart - 1);
        return file.read(previous) == 1 && previous.get(0) == '\n';
    }

    private static String message(Throwable e) {
        String message = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

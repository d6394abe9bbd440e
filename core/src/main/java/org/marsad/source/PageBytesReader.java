package org.marsad.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a page's bytes under a size limit, without ever holding more than the limit plus one byte:
 * a plain file is refused by its size before it is opened, a stream (gunzipped file, stdin) by
 * reading one byte past the limit. Files named {@code *.gz} are gunzipped.
 */
final class PageBytesReader {

    private final int maxPageBytes;

    PageBytesReader(int maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
    }

    byte[] readFile(Path file, String source) throws BadInputException {
        if (PageFileNames.isGzip(file.getFileName().toString())) {
            return readGzipFile(file, source);
        }
        try {
            long size = Files.size(file);
            if (size > maxPageBytes) {
                throw tooLarge(source, size + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded all the same: the file may have grown since its size was taken.
                return readAtMostLimit(in, source, "");
            }
        } catch (IOException e) {
            throw new BadInputException(source, ReadFailureReason.of(e), e);
        }
    }

    /** Reads the stream to its end or to the limit; the caller keeps the stream and closes it. */
    byte[] readStream(InputStream in, String source) throws BadInputException {
        try {
            return readAtMostLimit(in, source, "");
        } catch (IOException e) {
            throw new BadInputException(source, ReadFailureReason.of(e), e);
        }
    }

    private byte[] readGzipFile(Path file, String source) throws BadInputException {
        InputStream compressed;
        try {
            compressed = Files.newInputStream(file);
        } catch (IOException e) {
            throw new BadInputException(source, ReadFailureReason.of(e), e);
        }
        try (compressed; InputStream in = new GZIPInputStream(compressed)) {
            return readAtMostLimit(in, source, " uncompressed");
        } catch (EOFException e) {
            throw new BadInputException(source, "corrupt gzip: truncated (unexpected end of data)", e);
        } catch (ZipException e) {
            throw new BadInputException(source, "corrupt gzip: " + lowerFirst(e.getMessage()), e);
        } catch (IOException e) {
            throw new BadInputException(source, ReadFailureReason.of(e), e);
        }
    }

    private byte[] readAtMostLimit(InputStream in, String source, String measure) throws IOException, BadInputException {
        byte[] bytes = in.readNBytes(maxPageBytes + 1);
        if (bytes.length > maxPageBytes) {
            throw tooLarge(source, "more than " + maxPageBytes + " bytes" + measure);
        }
        return bytes;
    }

    private BadInputException tooLarge(String source, String size) {
        return new BadInputException(source, "too large: " + size + " (limit " + maxPageBytes + ")");
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "unreadable data";
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}

package org.marsad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.marsad.source.PageFileNames;
import org.marsad.source.PageReader;

/**
 * Reads one input file's bytes, gunzipping a {@code .gz}, when its name is one the core reads
 * ({@link PageFileNames#isPage}: text and HTML pages, and dumps of article records, which
 * {@link PageFileNames#isRecordDump} tells apart); anything else is a problem naming the file. WARC
 * archives are not read here but record by record ({@link UnitAnalysis#extractWarc}). A page larger than
 * {@link PageReader#DEFAULT_MAX_PAGE_BYTES} uncompressed is refused; a dump may be as large as a
 * Java array (2 GB), since it is read whole and then split into its records by the core.
 */
final class InputFiles {

    static final String GZIP_SUFFIX = ".gz";
    /** The largest array a JVM allocates. */
    private static final int MAX_DUMP_BYTES = Integer.MAX_VALUE - 16;

    private InputFiles() {
    }

    /** What one file gave: its bytes, or the reason it gave none. */
    record Read(InputFile file, String problem) {
    }

    static Read read(String source, InputStream raw) throws IOException {
        String name = source.substring(source.lastIndexOf('/') + 1);
        if (!PageFileNames.isPage(name)) {
            return new Read(null, "not a page or a dump of article records (by its name)");
        }
        boolean dump = PageFileNames.isRecordDump(name);
        int limit = dump ? MAX_DUMP_BYTES : PageReader.DEFAULT_MAX_PAGE_BYTES;
        try (InputStream in = name.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX) ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = readLimited(in, limit);
            if (bytes == null) {
                return new Read(null, "larger than " + limit + " bytes");
            }
            return new Read(new InputFile(source, bytes), null);
        }
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() > limit - n) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}

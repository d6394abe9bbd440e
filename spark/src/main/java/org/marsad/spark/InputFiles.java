package org.marsad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.source.PageFileNames;
import org.marsad.source.PageReader;

/**
 * Turns one input file into units of work:
 * <ul>
 *   <li>a dump of article records ({@code *.json}, {@code *.jsonl}, gzipped or not): one unit per
 *       record; a JSON array of objects or one object per line (JSON Lines);</li>
 *   <li>a page file ({@code .txt}, {@code .html}, no extension, gzipped or not; the names
 *       {@link PageFileNames} accepts): one unit with the page's bytes;</li>
 *   <li>anything else: nothing, and a problem naming the file (a WARC file is one of these: this
 *       job does not read WARC yet).</li>
 * </ul>
 * A file larger than {@link PageReader#DEFAULT_MAX_PAGE_BYTES} uncompressed is refused when it is a
 * page; a dump may be of any size.
 */
final class InputFiles {

    static final String GZIP_SUFFIX = ".gz";

    private InputFiles() {
    }

    /** What one file gave: units, or the reason it gave none. */
    record Read(List<InputUnit> units, String problem) {
    }

    static boolean isRecordDump(String name) {
        String n = withoutGzip(name.toLowerCase(Locale.ROOT));
        return n.endsWith(".json") || n.endsWith(".jsonl");
    }

    static Read read(String source, InputStream raw) throws IOException {
        String name = source.substring(source.lastIndexOf('/') + 1);
        boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
        if (!isRecordDump(name) && !PageFileNames.isPage(name)) {
            return new Read(List.of(), "not a page or a dump of article records (by its name)");
        }
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            if (isRecordDump(name)) {
                return new Read(records(source, in), null);
            }
            byte[] bytes = readLimited(in, PageReader.DEFAULT_MAX_PAGE_BYTES);
            if (bytes == null) {
                return new Read(List.of(), "larger than " + PageReader.DEFAULT_MAX_PAGE_BYTES + " bytes");
            }
            return new Read(List.of(new InputUnit(source, InputUnit.Kind.PAGE, 0, bytes)), null);
        }
    }

    /** Each top-level object of a JSON array, or each object of a JSON Lines stream, as its own UTF-8 JSON. */
    private static List<InputUnit> records(String source, InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<InputUnit> out = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            while (token != null && token != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw new IOException("record " + out.size() + " is not a JSON object");
                }
                JsonNode record = mapper.readTree(parser);
                out.add(new InputUnit(source, InputUnit.Kind.RECORD, out.size(), mapper.writeValueAsBytes(record)));
                token = parser.nextToken();
            }
        }
        return out;
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static String withoutGzip(String name) {
        return name.endsWith(GZIP_SUFFIX) ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

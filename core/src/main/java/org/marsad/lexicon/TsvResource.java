package org.marsad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a lexicon shipped as a TSV data file on the classpath, next to the class that uses it.
 * <ul>
 *   <li>UTF-8, tab separated, one row a line; a byte order mark is ignored;</li>
 *   <li>lines starting with {@code #} explain the columns and blank lines separate groups, both
 *       are skipped but still counted, so that errors give the line number an editor shows;</li>
 *   <li>every row has exactly the declared number of cells, none of them empty; cells are
 *       trimmed;</li>
 *   <li>a missing file is a packaging bug and a bad row is a data bug: both fail loudly, naming
 *       the file (and the line).</li>
 * </ul>
 */
public final class TsvResource {

    private static final String COMMENT = "#";
    private static final String TAB = "\t";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TsvResource() {
    }

    /**
     * The rows of the classpath resource {@code name}, each with {@code columns} cells.
     *
     * @param anchor  a class whose package holds the resource
     * @param name    the file name, relative to the anchor's package, e.g. {@code months.tsv}
     * @param columns how many cells every row must have
     */
    public static List<TsvRow> read(Class<?> anchor, String name, int columns) {
        String path = anchor.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(name, reader.lines().toList(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + path, e);
        }
    }

    /** The rows of {@code lines}, read as the file {@code source}, each with {@code columns} cells. */
    public static List<TsvRow> parse(String source, List<String> lines, int columns) {
        List<TsvRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = stripByteOrderMark(lines.get(i));
            if (line.isBlank() || line.stripLeading().startsWith(COMMENT)) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split(TAB, -1)).map(String::strip).toList();
            TsvRow row = new TsvRow(source, i + 1, cells);
            if (cells.size() != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + cells.size());
            }
            if (cells.contains("")) {
                throw row.error("empty column");
            }
            rows.add(row);
        }
        return rows;
    }

    private static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }
}

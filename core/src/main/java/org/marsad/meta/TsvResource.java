package org.marsad.meta;

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
 * Reads the lexicon files of this package: UTF-8, tab separated, one row a line; lines starting
 * with {@code #} explain the columns and blank lines separate groups, both are skipped.
 */
final class TsvResource {

    private static final String COMMENT = "#";
    private static final String TAB = "\t";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TsvResource() {
    }

    /** The rows of the classpath resource {@code name}, next to this class, each with {@code columns} cells. */
    static List<TsvRow> read(String name, int columns) {
        InputStream in = TsvResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource org/marsad/meta/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(name, reader.lines().toList(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource org/marsad/meta/" + name, e);
        }
    }

    /** The rows of {@code lines}, read as the file {@code source}. */
    static List<TsvRow> parse(String source, List<String> lines, int columns) {
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

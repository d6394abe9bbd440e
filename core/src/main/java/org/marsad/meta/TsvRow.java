package org.marsad.meta;

import java.util.List;

/**
 * One data row of a lexicon file: its cells, and where it came from so that errors can name it.
 *
 * @param source the file name, e.g. {@code months.tsv}
 * @param line   the 1-based line number in that file
 * @param cells  the cells, trimmed, exactly as many as the file declares
 */
record TsvRow(String source, int line, List<String> cells) {

    TsvRow {
        cells = List.copyOf(cells);
    }

    String cell(int column) {
        return cells.get(column);
    }

    /** An error that names this row, for data that cannot be used. */
    IllegalStateException error(String reason) {
        return new IllegalStateException(source + " line " + line + ": " + reason);
    }
}

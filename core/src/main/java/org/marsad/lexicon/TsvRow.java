package org.marsad.lexicon;

import java.util.List;

/**
 * One data row of a lexicon file: its cells, and where it came from so that errors can name it.
 *
 * @param source the file name, e.g. {@code months.tsv}
 * @param line   the 1-based line number in that file
 * @param cells  the cells, trimmed, exactly as many as the file declares
 */
public record TsvRow(String source, int line, List<String> cells) {

    public TsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code column}, counted from 0. */
    public String cell(int column) {
        return cells.get(column);
    }

    /** An error that names this row, for data that cannot be used. */
    public IllegalStateException error(String reason) {
        return new IllegalStateException(source + " line " + line + ": " + reason);
    }
}

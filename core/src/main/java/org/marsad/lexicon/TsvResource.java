package org.marsad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon shipped as a TSV data file on the classpath. Lines starting with {@code #} are the
 * header that explains the columns; blank lines are skipped; every other line is a row of
 * tab-separated cells. A missing resource is a packaging bug, so it fails loudly.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /**
     * @param anchor   a class whose package holds the resource
     * @param name     the file name, relative to the anchor's package
     * @param minCells rows with fewer cells are rejected with the file name and line number
     */
    public static List<String[]> rows(Class<?> anchor, String name, int minCells) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("lexicon not found on the classpath: " + anchor.getPackageName() + "/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < minCells) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + minCells + " tab-separated cells, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return rows;
    }
}

package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Groups of spellings that denote one name, read for {@code marsad eval variants}, in one of two layouts:
 * <ul>
 *   <li>pairs, {@code arabic<TAB>latin} a line, as google/transliteration's ar2en files: the
 *       Arabic spellings of one Latin name (compared in lower case) form a group; a directory is
 *       read as all its {@code .txt} files, a pair listed twice counted once;</li>
 *   <li>groups: one group a line, its spellings separated by tabs.</li>
 * </ul>
 * A file is read as pairs when every line has two cells and nearly all second cells (99%) hold
 * no Arabic letter (mined data has a stray tatweel or letter in a Latin cell). Blank lines and lines starting with {@code #} are skipped. A spelling listed twice in
 * one group is one spelling.
 */
final class SpellingGroups {

    /** The layouts; AUTO picks one per file as above. */
    enum Layout { AUTO, PAIRS, GROUPS }

    private SpellingGroups() {
    }

    /** The groups of {@code path}, each a list of distinct spellings, in file order. */
    static List<List<String>> read(Path path, Layout layout) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
            if (files.isEmpty()) {
                throw new IOException(path + ": no .txt files of spellings in this directory");
            }
        } else {
            files.add(path);
        }
        Map<String, Set<String>> byLatin = new LinkedHashMap<>();
        List<List<String>> groups = new ArrayList<>();
        for (Path f : files) {
            List<String[]> rows = rows(f);
            Layout l = layout == Layout.AUTO ? guess(rows) : layout;
            for (String[] row : rows) {
                if (l == Layout.PAIRS) {
                    if (row.length != 2) {
                        throw new IOException(f + ": a line with " + row.length + " cells where arabic<TAB>latin is expected: "
                                + String.join("\t", row));
                    }
                    byLatin.computeIfAbsent(row[1].strip().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(row[0].strip());
                } else {
                    Set<String> g = new LinkedHashSet<>();
                    for (String cell : row) {
                        if (!cell.isBlank()) {
                            g.add(cell.strip());
                        }
                    }
                    if (!g.isEmpty()) {
                        groups.add(new ArrayList<>(g));
                    }
                }
            }
        }
        for (Set<String> g : byLatin.values()) {
            groups.add(new ArrayList<>(g));
        }
        if (groups.isEmpty()) {
            throw new IOException(path + ": no spellings found");
        }
        return groups;
    }

    private static List<String[]> rows(Path f) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t"));
        }
        return rows;
    }

    private static final double LATIN_SHARE = 0.99;

    private static Layout guess(List<String[]> rows) {
        int arabic = 0;
        for (String[] row : rows) {
            if (row.length != 2) {
                return Layout.GROUPS;
            }
            arabic += hasArabic(row[1]) ? 1 : 0;
        }
        return arabic <= rows.size() * (1 - LATIN_SHARE) ? Layout.PAIRS : Layout.GROUPS;
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.ARABIC) {
                return true;
            }
        }
        return false;
    }
}

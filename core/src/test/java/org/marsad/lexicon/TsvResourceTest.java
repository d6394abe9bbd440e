package org.marsad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.meta.MonthNames;

class TsvResourceTest {

    @Test
    void commentsAndBlankLinesAreSkippedButCounted() {
        List<TsvRow> rows = TsvResource.parse("x.tsv", List.of("# a\tb", "", "1\tيناير"), 2);
        assertEquals(List.of(new TsvRow("x.tsv", 3, List.of("1", "يناير"))), rows);
    }

    @Test
    void cellsAreTrimmed() {
        List<TsvRow> rows = TsvResource.parse("x.tsv", List.of(" 1 \t يناير "), 2);
        assertEquals(List.of("1", "يناير"), rows.get(0).cells());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        List<TsvRow> rows = TsvResource.parse("x.tsv", List.of("\uFEFF# header", "1\tيناير"), 2);
        assertEquals(2, rows.get(0).line());
    }

    @Test
    void emptyCellIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TsvResource.parse("x.tsv", List.of("1\t"), 2));
        assertEquals("x.tsv line 1: empty column", error.getMessage());
    }

    @Test
    void rowWithMoreCellsThanDeclaredIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TsvResource.parse("x.tsv", List.of("# a\tb", "1\tيناير\tjanvier"), 2));
        assertEquals("x.tsv line 2: expected 2 tab-separated columns, found 3", error.getMessage());
    }

    @Test
    void rowWithFewerCellsThanDeclaredIsRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TsvResource.parse("x.tsv", List.of("يناير"), 2));
        assertEquals("x.tsv line 1: expected 2 tab-separated columns, found 1", error.getMessage());
    }

    @Test
    void missingResourceIsNamed() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TsvResource.read(MonthNames.class, "nothing.tsv", 2));
        assertEquals("missing lexicon resource org/marsad/meta/nothing.tsv", error.getMessage());
    }

    @Test
    void standardFilesLoad() {
        assertEquals(3, TsvResource.read(MonthNames.class, "months.tsv", 3).get(0).cells().size());
    }
}

package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC archives read by the core's WarcPages where the job reads them: the pages' articles, and a cut record as one problem. */
class WarcInputTest {

    @TempDir
    Path dir;

    private static List<String> articleSources(List<Extracted> units) {
        return units.stream().filter(u -> u.problem() == null).map(u -> u.article().source()).distinct().toList();
    }

    private static List<String> problems(List<Extracted> units) {
        return units.stream().filter(u -> u.problem() != null).map(u -> u.source() + ": " + u.problem()).toList();
    }

    private static List<Extracted> readLocal(Path warc) throws IOException {
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.READ)) {
            return UnitAnalysis.extractWarc(warc.toString(), channel);
        }
    }

    private static List<Extracted> readThroughHadoop(Path warc) throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(warc.toUri());
        try (HadoopFileChannel channel = new HadoopFileChannel(fs.open(path), fs.getFileStatus(path).getLen())) {
            return UnitAnalysis.extractWarc(warc.toString(), channel);
        }
    }

    @Test
    void aCutGzipMemberInTheMiddleIsOneProblemAndTheNextRecordIsRead() throws IOException {
        Path warc = WarcFixture.gzippedWithACutRecordInTheMiddle(dir);

        List<Extracted> units = readLocal(warc);

        assertEquals(List.of(WarcFixture.DATES_URL, WarcFixture.CODING_URL), articleSources(units));
        List<String> problems = problems(units);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(warc + ": record at byte offset "), problems.get(0));
        assertTrue(problems.get(0).contains("reading resumes at byte offset"), problems.get(0));
    }

    @Test
    void aRecordCutAtTheEndOfThePlainFileIsOneProblem() throws IOException {
        Path warc = WarcFixture.plainCutAtTheEnd(dir);

        List<Extracted> units = readLocal(warc);

        assertEquals(List.of(WarcFixture.RAIN_COPY_URL), articleSources(units));
        List<String> problems = problems(units);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(warc + ": record at byte offset "), problems.get(0));
        assertTrue(units.stream().filter(u -> u.problem() != null).allMatch(Extracted::skipped), "the cut record is left out");
    }

    /** A page served as UTF-8 with a bad byte is read (U+FFFD in its place) and reported as a warning, not a problem. */
    @Test
    void aDamagedPageGivesItsArticleAndAWarningNotAProblem() throws IOException {
        Path warc = WarcFixture.withADamagedPage(dir);

        List<Extracted> units = readLocal(warc);

        assertEquals(List.of(WarcFixture.CODING_URL), articleSources(units));
        List<Extracted> reported = units.stream().filter(u -> u.problem() != null).toList();
        assertEquals(1, reported.size(), () -> problems(units).toString());
        assertFalse(reported.get(0).skipped());
        assertEquals(warc.toString(), reported.get(0).source());
        assertTrue(reported.get(0).problem().startsWith("record at byte offset 0 (" + WarcFixture.CODING_URL + "): invalid UTF-8 at byte "),
                reported.get(0).problem());
        assertTrue(units.stream().filter(u -> u.problem() == null).anyMatch(u -> String.join("", u.article().paragraphs()).contains("\uFFFD")));
    }

    /** Through a Hadoop file system the archive is read as the CLI reads the local file: same articles, same problems. */
    @Test
    void aHadoopFileReadsAsTheLocalFile() throws IOException {
        for (Path warc : List.of(WarcFixture.gzippedWithACutRecordInTheMiddle(dir), WarcFixture.plainCutAtTheEnd(dir))) {
            List<Extracted> local = readLocal(warc);
            List<Extracted> hadoop = readThroughHadoop(warc);
            assertEquals(articleSources(local), articleSources(hadoop));
            assertEquals(local.stream().filter(u -> u.problem() == null).map(u -> u.article().paragraphs()).toList(),
                    hadoop.stream().filter(u -> u.problem() == null).map(u -> u.article().paragraphs()).toList());
            assertEquals(problems(local), problems(hadoop));
        }
    }
}

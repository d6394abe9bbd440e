package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.marsad.article.Article;
import org.marsad.extract.record.RecordDumpExtractor;
import org.marsad.source.BadInputException;
import org.marsad.source.PageFileNames;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;
import org.marsad.story.StoryArticle;

/**
 * Reads a directory of article record dumps (SaudiNewsNet's gzipped JSON arrays of {source, url,
 * date_extracted, title, author, content}, or any dump {@link RecordDumpExtractor} reads) as story
 * articles, through the reader and extractor that ingest uses, so that evaluation scores the
 * articles ingest would store. The id is the record's URL (the label files key on its hash), else
 * the extractor's {@code dump#n}. Used at evaluation time; nothing read is stored.
 */
final class ArticleRecordDumps {

    /**
     * Records skipped are shown one per line up to this many, then counted: evaluation reads a corpus
     * several times a run, and a dataset's known gaps need not fill the log each time.
     */
    private static final int SHOWN_PROBLEMS = 3;

    private ArticleRecordDumps() {
    }

    /**
     * The articles of every record dump in {@code dir} (by name: *.json, *.jsonl, *.ndjson, gzipped
     * or not), files in name order, records in file order. A file that cannot be read is reported to
     * {@code err} and skipped; records without a title or a text are skipped, the first few reported
     * and the others counted; everything else is read.
     *
     * @throws IOException when the directory cannot be listed, holds no record dump, or no article
     *         could be read from its dumps
     */
    static List<StoryArticle> read(Path dir, PrintWriter err) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> Files.isRegularFile(p) && PageFileNames.isRecordDump(p.getFileName().toString()))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no article record dumps (*.json, *.jsonl or *.ndjson, gzipped or not)");
        }
        PageReader reader = new PageReader(); // ingest's size limit too
        RecordDumpExtractor extractor = new RecordDumpExtractor();
        List<StoryArticle> out = new ArrayList<>();
        int[] skipped = {0};
        for (Path f : files) {
            RawPage dump;
            try {
                dump = reader.readOne(f);
            } catch (BadInputException e) {
                err.println(e.toProblem());
                continue;
            }
            for (Article a : extractor.extract(dump, problem -> {
                if (skipped[0]++ < SHOWN_PROBLEMS) {
                    err.println(problem);
                }
            })) {
                out.add(new StoryArticle(a.source(), f.toString(), 0, a.title(), a.text(), a.published(), a.outlet()));
            }
        }
        if (skipped[0] > SHOWN_PROBLEMS) {
            err.println("... " + (skipped[0] - SHOWN_PROBLEMS) + " more; " + skipped[0] + " records of " + dir + " skipped in all");
        }
        err.flush();
        if (out.isEmpty()) {
            throw new IOException(dir + ": no article could be read from its record dumps (see the problems above)");
        }
        return out;
    }
}

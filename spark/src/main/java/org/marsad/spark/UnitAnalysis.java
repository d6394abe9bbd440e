package org.marsad.spark;

import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.BadInputException;
import org.marsad.source.DecodedText;
import org.marsad.source.InputProblem;
import org.marsad.source.PageDecoder;
import org.marsad.source.PageFormat;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;
import org.marsad.source.WarcPages;

/**
 * The core stages, in two steps so that a big dump's records spread over the cores between them:
 * <ol>
 *   <li>{@link #extract}, where the file was read: bytes to a page ({@link PageDecoder}), page to
 *       articles ({@link Marsad#extract(RawPage, java.util.function.Consumer)}: the page extractors,
 *       or one article per record of a dump, each bad record a problem; a WARC archive gives a page
 *       per HTML response, {@link #extractWarc});</li>
 *   <li>{@link #analyze}, after a repartition: each article analyzed ({@link Marsad#analyze}).</li>
 * </ol>
 * An input that fails becomes one problem naming it and the reason; the other inputs go on. As on
 * one machine ({@code PageReader}, the CLI), an input read only after a repair (bad UTF-8 bytes read
 * as U+FFFD, NUL bytes dropped) gives its articles and a warning naming it and the repair
 * ({@link InputProblem#warning}), kept apart from the skipped inputs by {@link Extracted#skipped}.
 */
final class UnitAnalysis {

    private UnitAnalysis() {
    }

    /** One Marsad per executor JVM: it is thread-safe, and building it loads the lexicons. */
    private static final class Shared {
        static final Marsad MARSAD = new Marsad();
    }

    static List<Extracted> extract(InputFile file) {
        List<Extracted> out = new ArrayList<>();
        try {
            DecodedText text = new PageDecoder().decode(file.bytes(), file.source());
            for (String warning : text.warnings()) {
                out.add(Extracted.of(InputProblem.warning(file.source(), warning)));
            }
            extract(new RawPage(file.source(), text.text(), text.charset(), PageFormat.UNDECLARED, text.warnings()), out);
        } catch (BadInputException e) {
            out.add(Extracted.problem(e.source(), e.reason()));
        } catch (RuntimeException e) {
            out.add(Extracted.problem(file.source(), "unexpected error: " + e));
        }
        return out;
    }

    /**
     * The pages of a WARC archive ({@link WarcPages}: one per HTML response record) and their
     * articles; a corrupt or cut record is a problem naming the file and the record's offset, and
     * the reader goes on at the next record when the channel can seek. A page decoded only after a
     * repair is a warning ({@link WarcPages} names the file, the offset and the page).
     */
    static List<Extracted> extractWarc(String source, ReadableByteChannel channel) {
        List<Extracted> out = new ArrayList<>();
        new WarcPages(PageReader.DEFAULT_MAX_PAGE_BYTES).read(channel, source, page -> extract(page, out),
                problem -> out.add(Extracted.of(problem)));
        return out;
    }

    /** The page's articles; its decoding warnings were reported by whoever decoded it, not here. */
    private static void extract(RawPage page, List<Extracted> out) {
        try {
            for (Article a : Shared.MARSAD.extract(page, problem -> out.add(Extracted.of(problem)))) {
                out.add(Extracted.article(a));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or an unexpected failure on one page must not stop the rest of the corpus.
            out.add(Extracted.problem(page.source(), "unexpected error: " + e));
        }
    }

    static Row analyze(Extracted unit) {
        if (unit.problem() != null) {
            return AnalyzedRows.problem(unit.source(), unit.problem(), unit.skipped());
        }
        try {
            return AnalyzedRows.of(Shared.MARSAD.analyze(unit.article()));
        } catch (RuntimeException e) {
            return AnalyzedRows.problem(unit.article().id() + " (" + unit.source() + ")", "unexpected error: " + e, true);
        }
    }
}

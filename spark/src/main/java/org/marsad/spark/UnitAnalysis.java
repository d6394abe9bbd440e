package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.sql.Row;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.source.BadInputException;
import org.marsad.source.DecodedText;
import org.marsad.source.PageDecoder;
import org.marsad.source.RawPage;

/**
 * The core stages applied to one unit of work, on an executor: bytes to a page
 * ({@link PageDecoder}), page to articles ({@link Marsad#extract}), each article analyzed
 * ({@link Marsad#analyze}); a record straight to its article ({@link ArticleRecords}). A unit that
 * fails becomes one problem row naming it and the reason; the other units go on.
 */
final class UnitAnalysis {

    private UnitAnalysis() {
    }

    /** One Marsad per executor JVM: it is thread-safe, and building it loads the lexicons. */
    private static final class Shared {
        static final Marsad MARSAD = new Marsad();
        static final ObjectMapper JSON = new ObjectMapper();
    }

    static List<Row> analyze(InputUnit unit) {
        String name = unit.kind() == InputUnit.Kind.RECORD ? unit.source() + "#" + unit.index() : unit.source();
        try {
            List<Article> articles = switch (unit.kind()) {
                case PAGE -> {
                    DecodedText text = new PageDecoder().decode(unit.bytes(), unit.source());
                    yield Shared.MARSAD.extract(new RawPage(unit.source(), text.text(), text.charset()));
                }
                case RECORD -> List.of(ArticleRecords.article(Shared.JSON.readTree(unit.bytes()), unit.source(), unit.index()));
            };
            List<Row> rows = new ArrayList<>(articles.size());
            for (Article a : articles) {
                rows.add(AnalyzedRows.of(Shared.MARSAD.analyze(a)));
            }
            return rows;
        } catch (BadInputException e) {
            return List.of(AnalyzedRows.problem(e.source(), e.reason()));
        } catch (ArticleRecords.BadRecordException e) {
            return List.of(AnalyzedRows.problem(name, e.getMessage()));
        } catch (Exception e) {
            // A bug or an unexpected failure on one input must not stop the rest of the corpus.
            return List.of(AnalyzedRows.problem(name, "unexpected error: " + e));
        }
    }
}

package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.Marsad;
import org.marsad.source.BadInputException;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;
import org.marsad.store.IngestListener;
import org.marsad.store.IngestProgress;
import org.marsad.store.StoreWriter;
import org.marsad.web.IngestHandler;
import org.marsad.web.IngestReceipt;
import org.marsad.web.PageUpload;

/**
 * Pages posted to {@code /api/ingest} go through the same pipeline and store writer as
 * {@code marsad ingest}, one at a time (a store has one writer); the server's readers see the
 * commit within a second.
 */
final class StoreIngestHandler implements IngestHandler {

    private final Path data;
    private final Marsad marsad;
    private final PageReader reader = new PageReader();

    StoreIngestHandler(Path data, Marsad marsad) {
        this.data = data;
        this.marsad = marsad;
    }

    @Override
    public synchronized IngestReceipt ingest(PageUpload upload) throws IOException {
        RawPage page;
        try {
            page = reader.fromBytes(upload.source(), upload.body());
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        try (StoreWriter writer = StoreWriter.open(data, marsad)) {
            writer.ingestPages(List.of(page), new IngestListener() {
                @Override
                public void progress(IngestProgress progress) {
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.add(problem.toString());
                }
            });
        }
        List<String> ids = marsad.extract(page).stream().map(a -> a.id()).toList();
        return new IngestReceipt(ids, problems);
    }
}

package org.marsad.web;

import java.io.IOException;

/**
 * Takes a page posted to {@code POST /api/ingest} into the store: the integrator's bridge from the
 * web module to the pipeline. The server hands over the bytes only; charset detection, extraction,
 * analysis and the commit are the handler's job. The server calls it from several threads at once.
 */
@FunctionalInterface
public interface IngestHandler {

    /**
     * Ingests one page.
     *
     * @throws IllegalArgumentException when the page cannot be read as a page (a 400 answer with the message)
     * @throws IOException              when the store cannot take it (a 500 answer)
     */
    IngestReceipt ingest(PageUpload page) throws IOException;
}

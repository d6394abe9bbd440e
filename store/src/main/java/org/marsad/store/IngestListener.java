package org.marsad.store;

import org.marsad.source.InputProblem;

/** What an ingest tells its caller while it runs. Called from the ingesting thread only. */
public interface IngestListener {

    /** About once a second, and once at the end. */
    void progress(IngestProgress progress);

    /** An input, page or record that was skipped, and why. */
    void problem(InputProblem problem);

    /** A listener that hears nothing. */
    IngestListener SILENT = new IngestListener() {
        @Override
        public void progress(IngestProgress progress) {
        }

        @Override
        public void problem(InputProblem problem) {
        }
    };
}

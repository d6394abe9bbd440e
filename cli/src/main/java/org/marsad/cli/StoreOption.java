package org.marsad.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data DIR} option of every command that uses the store. */
final class StoreOption {

    static final String DEFAULT_DIR = "marsad-data";

    @Option(names = "--data", paramLabel = "DIR", description = "the store directory (default: ./" + DEFAULT_DIR + ")")
    Path data = Path.of(DEFAULT_DIR);

    /**
     * The store directory for a command that reads it: a usage error naming the directory when there
     * is none, rather than an empty answer (and an empty directory left behind).
     */
    Path existing(picocli.CommandLine commandLine) {
        if (!java.nio.file.Files.isDirectory(data)) {
            throw new picocli.CommandLine.ParameterException(commandLine, "no store at " + data
                    + ": ingest pages first (marsad ingest PATH... --data " + data + "), or give --data DIR");
        }
        return data;
    }
}

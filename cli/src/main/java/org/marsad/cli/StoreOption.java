package org.marsad.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data DIR} option of every command that uses the store. */
final class StoreOption {

    static final String DEFAULT_DIR = "marsad-data";

    @Option(names = "--data", paramLabel = "DIR", description = "the store directory (default: ./" + DEFAULT_DIR + ")")
    Path data = Path.of(DEFAULT_DIR);
}

package org.marsad.cli;

import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments every command that reads pages takes: the pages, and whether to explain each block. */
final class PageArguments {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "pages to read")
    List<String> paths;

    @Option(names = "--explain", description = "add every block of the page with its label and the reason for it")
    boolean explain;
}

package org.marsad.source;

import java.nio.file.Path;

/**
 * What a directory walk found at one path: a page file to read, or a path it could not get through.
 * Kept in one sorted list so that pages and problems are reported in the same path order.
 */
sealed interface WalkedPath {

    Path path();

    record PageFile(Path path) implements WalkedPath {
    }

    record Unreadable(Path path, String reason) implements WalkedPath {
    }
}

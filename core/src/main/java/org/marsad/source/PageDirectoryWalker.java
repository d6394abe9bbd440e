package org.marsad.source;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the page files under a directory:
 * <ul>
 *   <li>recursively, returned sorted by path so that every run reads pages in the same order, with
 *       the paths it could not get through sorted in among them;</li>
 *   <li>skipping dot files and dot directories, and files whose names are not pages ({@link PageFileNames});</li>
 *   <li>following symbolic links to files, but not to directories, which can loop and would deliver
 *       a mirrored tree twice;</li>
 *   <li>returning a dangling link, an unreadable directory or a page-named device or pipe as
 *       {@link WalkedPath.Unreadable}, and walking on.</li>
 * </ul>
 * Paths are built from the root as given, so a file appears as e.g. {@code pages/a/b.txt}.
 */
final class PageDirectoryWalker {

    static final String NOT_A_REGULAR_FILE = "not a regular file (device, pipe or socket)";

    List<WalkedPath> walk(Path root) {
        List<WalkedPath> found = new ArrayList<>();
        walk(root, found);
        found.sort(Comparator.comparing(WalkedPath::path));
        return found;
    }

    private void walk(Path directory, List<WalkedPath> found) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
            listing.forEach(entries::add);
        } catch (IOException e) {
            found.add(new WalkedPath.Unreadable(directory, ReadFailureReason.of(e)));
            return;
        } catch (DirectoryIteratorException e) {
            found.add(new WalkedPath.Unreadable(directory, ReadFailureReason.of(e.getCause())));
            return;
        }
        for (Path entry : entries) {
            visit(entry, found);
        }
    }

    private void visit(Path entry, List<WalkedPath> found) {
        String name = entry.getFileName().toString();
        if (PageFileNames.isHidden(name)) {
            return;
        }
        try {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isDirectory()) {
                walk(entry, found);
                return;
            }
            if (!PageFileNames.isPage(name)) {
                return;
            }
            BasicFileAttributes target = own.isSymbolicLink()
                    ? Files.readAttributes(entry, BasicFileAttributes.class)
                    : own;
            if (target.isRegularFile()) {
                found.add(new WalkedPath.PageFile(entry));
            } else if (!target.isDirectory()) {
                found.add(new WalkedPath.Unreadable(entry, NOT_A_REGULAR_FILE));
            }
        } catch (IOException e) {
            found.add(new WalkedPath.Unreadable(entry, ReadFailureReason.of(e)));
        }
    }
}

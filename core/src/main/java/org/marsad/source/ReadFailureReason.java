package org.marsad.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Words for a failed file-system read, for a problem report that a user can act on. */
final class ReadFailureReason {

    static final String PERMISSION_DENIED = "cannot read: permission denied";
    /** Reached only for paths that were seen a moment before: a symlink to nothing, or a file deleted meanwhile. */
    static final String VANISHED = "cannot read: no such file (dangling link?)";

    private ReadFailureReason() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return PERMISSION_DENIED;
        }
        if (e instanceof NoSuchFileException) {
            return VANISHED;
        }
        if (e instanceof FileSystemLoopException) {
            return "cannot read: symbolic link loop";
        }
        // Other FileSystemExceptions carry the OS's words ("Too many levels of symbolic links"),
        // while getMessage() would repeat the path the problem already names.
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "cannot read: " + fse.getReason().toLowerCase(Locale.ROOT);
        }
        return "cannot read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
}

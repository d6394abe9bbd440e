package org.marsad.entity.tagger;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read: the message names the file and the reason. */
public final class ModelFileException extends IOException {

    private final transient Path file;

    ModelFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

package org.marsad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a file shipped next to a class, once, at start: no request ever names a file. */
public final class ClasspathBytes {

    private ClasspathBytes() {
    }

    public static byte[] read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + anchor.getPackageName().replace('.', '/') + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}

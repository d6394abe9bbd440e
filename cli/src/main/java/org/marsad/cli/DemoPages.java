package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.marsad.source.BadInputException;
import org.marsad.source.PageDecoder;
import org.marsad.source.RawPage;

/**
 * The sample pages bundled with Marsad (five real crawled pages, listed in {@code pages.list}),
 * read from the jar so that the demo needs nothing beside it.
 */
final class DemoPages {

    private static final String DIR = "/org/marsad/demo/";

    private DemoPages() {
    }

    static List<RawPage> load() {
        List<RawPage> pages = new ArrayList<>();
        for (String name : read("pages.list").split("\n")) {
            name = name.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            byte[] bytes = bytes(name);
            try {
                var decoded = new PageDecoder().decode(bytes, "samples/" + name);
                pages.add(new RawPage("samples/" + name, decoded.text(), decoded.charset()));
            } catch (BadInputException e) {
                throw new IllegalStateException("bundled sample cannot be decoded: " + e.getMessage(), e);
            }
        }
        return pages;
    }

    private static String read(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DemoPages.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

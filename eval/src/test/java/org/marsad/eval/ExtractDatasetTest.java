package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractDatasetTest {

    @TempDir
    Path dir;

    @Test
    void aebLayoutWithStoredOutputsPlainAndWrapped() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("output"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write("<html><body><p>one two three four five</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"one two three four five\", \"url\": \"u\"}}");
        Files.writeString(dir.resolve("output/plain.json"), "{\"p1\": {\"articleBody\": \"one two three four five\"}}");
        Files.writeString(dir.resolve("output/wrapped.json"), "{\"output\": {\"p1\": {\"articleBody\": \"two three four five\"}}, \"version\": \"1\"}");
        ExtractDataset data = ExtractDataset.load(dir);
        assertEquals(ExtractDataset.Layout.AEB, data.layout());
        assertEquals(1, data.pages().size());
        assertEquals("one two three four five", data.storedOutputs().get("plain").get("p1"));
        assertEquals("two three four five", data.storedOutputs().get("wrapped").get("p1"));
    }
}

package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    private String failure(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        ModelFileException e = assertThrows(ModelFileException.class, () -> PerceptronTagger.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e.getMessage();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void plainTextIsNotAModel() throws IOException {
        String m = failure("notes.txt", "قال المتحدث".getBytes(StandardCharsets.UTF_8));
        assertTrue(m.contains("not a Marsad NER model"), m);
    }

    @Test
    void gzipOfSomethingElseIsNotAModel() throws IOException {
        String m = failure("other.gz", gzip("hello world, no model here".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(m.contains("no MRSD-NER header"), m);
    }

    @Test
    void aModelOfAnotherFormatIsRefusedWithTheReason() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(raw);
        out.write("MRSD-NER".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(ModelFile.FORMAT_VERSION + 1);
        out.flush();
        String m = failure("future.gz", gzip(raw.toByteArray()));
        assertTrue(m.contains("format " + (ModelFile.FORMAT_VERSION + 1)) && m.contains("train the model again"), m);
    }

    @Test
    void aModelCutShortIsReported() throws IOException {
        byte[] whole = PerceptronTaggerTest.bytes(PerceptronTaggerTest.toyTagger());
        String m = failure("cut.gz", Arrays.copyOf(whole, whole.length / 2));
        assertTrue(m.contains("cut short") || m.contains("corrupt"), m);
    }

    @Test
    void aDamagedModelIsReported() throws IOException {
        byte[] damaged = PerceptronTaggerTest.bytes(PerceptronTaggerTest.toyTagger());
        damaged[damaged.length / 2] ^= 0x5a;
        damaged[damaged.length / 2 + 1] ^= 0x33;
        String m = failure("damaged.gz", damaged);
        assertTrue(m.contains("corrupt") || m.contains("cut short"), m);
    }

    @Test
    void aMissingFileIsReported() {
        Path file = dir.resolve("absent.gz");
        ModelFileException e = assertThrows(ModelFileException.class, () -> PerceptronTagger.load(file));
        assertTrue(e.getMessage().contains("absent.gz") && e.getMessage().contains("no such file"), e.getMessage());
    }
}

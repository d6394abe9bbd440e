package org.marsad.entity.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The file a trained {@link PerceptronTagger} lives in: gzip of a small binary layout (big-endian,
 * {@link DataOutputStream}):
 * <pre>
 *   magic           8 bytes "MRSD-NER"
 *   format version  int ({@link #FORMAT_VERSION})
 *   feature set     int ({@link WordFeatures#VERSION}): a model of other features is refused
 *   tags            int count, then each name (UTF): must be the tags of this build
 *   info            description (UTF), epochs (int), seed (long), feature cut-off (int),
 *                   training text fingerprints (int count, longs)
 *   name list       int count, then the word hashes of {@link NameList} (longs)
 *   word classes    int levels, int count, then per word of {@link WordClusters} its hash (long)
 *                   and its class at each level (shorts), by increasing hash
 *   stages          int: 1 (local features only) or 2 (then a second stage on document features)
 *   per stage:
 *     features      int count, then per feature its hash (long) and one float per tag
 *     transitions   (tags + 1) × tags floats, the last row from the start
 *   end             8 bytes "MRSD-END"
 * </pre>
 * gzip's CRC catches corruption; the end marker catches a file cut short. Reading fails with a
 * {@link ModelFileException} naming the file and what is wrong with it.
 */
final class ModelFile {

    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "MRSD-NER".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "MRSD-END".getBytes(StandardCharsets.US_ASCII);
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int T = BilouTags.COUNT;
    /** A sanity bound on counts read from the file, so a damaged count fails instead of allocating gigabytes. */
    private static final int MAX_COUNT = 10_000_000;
    private static final int MAX_CLASS_LEVELS = 16;

    private ModelFile() {
    }

    static void write(PerceptronTagger tagger, OutputStream target) throws IOException {
        ModelInfo info = tagger.info();
        GZIPOutputStream gz = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.write(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(WordFeatures.VERSION);
        out.writeInt(T);
        for (int t = 0; t < T; t++) {
            out.writeUTF(BilouTags.name(t));
        }
        out.writeUTF(info.description());
        out.writeInt(info.epochs());
        out.writeLong(info.seed());
        out.writeInt(info.minFeatureCount());
        long[] prints = info.fingerprints();
        out.writeInt(prints.length);
        for (long p : prints) {
            out.writeLong(p);
        }
        long[] names = tagger.names().hashes();
        out.writeInt(names.length);
        for (long h : names) {
            out.writeLong(h);
        }
        WordClusters clusters = tagger.clusters();
        long[] words = clusters.hashes();
        out.writeInt(clusters.levels());
        out.writeInt(words.length);
        for (int w = 0; w < words.length; w++) {
            out.writeLong(words[w]);
            for (int level = 0; level < clusters.levels(); level++) {
                out.writeShort(clusters.classOf(level, w));
            }
        }
        List<PerceptronModel> stages = tagger.stages();
        out.writeInt(stages.size());
        for (PerceptronModel m : stages) {
            writeModel(m, out);
        }
        out.write(END);
        out.flush();
        gz.finish();
    }

    private static void writeModel(PerceptronModel m, DataOutputStream out) throws IOException {
        FeatureTable features = m.features();
        float[] weights = m.weights();
        out.writeInt(features.size());
        for (int f = 0; f < features.size(); f++) {
            out.writeLong(features.hash(f));
            for (int t = 0; t < T; t++) {
                out.writeFloat(weights[f * T + t]);
            }
        }
        for (float v : m.transitions()) {
            out.writeFloat(v);
        }
    }

    static PerceptronTagger read(Path file) throws ModelFileException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            if (raw.read() != GZIP_MAGIC_1 || raw.read() != GZIP_MAGIC_2) {
                throw new ModelFileException(file, "not a Marsad NER model (not gzip data; write one with marsad train ner)", null);
            }
            raw.reset();
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
            return read(file, in);
        } catch (ModelFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file", e);
        } catch (EOFException e) {
            throw new ModelFileException(file, "cut short (the file ends inside the model)", e);
        } catch (ZipException e) {
            throw new ModelFileException(file, "corrupt (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot be read (" + e + ")", e);
        }
    }

    private static PerceptronTagger read(Path file, DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new ModelFileException(file, "not a Marsad NER model (gzip, but no MRSD-NER header)", null);
        }
        int format = in.readInt();
        if (format != FORMAT_VERSION) {
            throw new ModelFileException(file, "model format " + format + ", this Marsad reads format "
                    + FORMAT_VERSION + ": train the model again with marsad train ner", null);
        }
        int featureSet = in.readInt();
        if (featureSet != WordFeatures.VERSION) {
            throw new ModelFileException(file, "trained on feature set " + featureSet + ", this Marsad computes feature set "
                    + WordFeatures.VERSION + ": train the model again with marsad train ner", null);
        }
        int tags = in.readInt();
        if (tags != T) {
            throw new ModelFileException(file, tags + " tags, this Marsad tags with " + T, null);
        }
        for (int t = 0; t < T; t++) {
            String name = in.readUTF();
            if (!name.equals(BilouTags.name(t))) {
                throw new ModelFileException(file, "tag " + t + " is " + name + ", this Marsad's is " + BilouTags.name(t), null);
            }
        }
        String description = in.readUTF();
        int epochs = in.readInt();
        long seed = in.readLong();
        int cutoff = in.readInt();
        long[] prints = new long[count(file, in, "training texts")];
        for (int k = 0; k < prints.length; k++) {
            prints[k] = in.readLong();
        }
        long[] names = new long[count(file, in, "name list words")];
        for (int k = 0; k < names.length; k++) {
            names[k] = in.readLong();
        }
        int levels = in.readInt();
        if (levels < 0 || levels > MAX_CLASS_LEVELS) {
            throw new ModelFileException(file, "corrupt (" + levels + " levels of word classes)", null);
        }
        long[] words = new long[count(file, in, "classified words")];
        short[][] classes = new short[levels][words.length];
        for (int w = 0; w < words.length; w++) {
            words[w] = in.readLong();
            for (int level = 0; level < levels; level++) {
                classes[level][w] = in.readShort();
            }
            if (w > 0 && words[w] <= words[w - 1]) {
                throw new ModelFileException(file, "corrupt (word classes out of order)", null);
            }
        }
        int stages = in.readInt();
        if (stages != 1 && stages != 2) {
            throw new ModelFileException(file, "corrupt (" + stages + " stages, 1 or 2 expected)", null);
        }
        PerceptronModel local = readModel(file, in);
        PerceptronModel document = stages == 2 ? readModel(file, in) : null;
        byte[] end = new byte[END.length];
        in.readFully(end);
        if (!Arrays.equals(end, END) || in.read() != -1) {
            throw new ModelFileException(file, "corrupt (no end marker where the model should end)", null);
        }
        return new PerceptronTagger(local, document, new ModelInfo(description, epochs, seed, cutoff, prints),
                NameList.fromHashes(names), new WordClusters(words, classes));
    }

    private static PerceptronModel readModel(Path file, DataInputStream in) throws IOException {
        int n = count(file, in, "features");
        FeatureTable features = new FeatureTable(n);
        float[] weights = new float[n * T];
        for (int f = 0; f < n; f++) {
            if (features.add(in.readLong()) != f) {
                throw new ModelFileException(file, "corrupt (feature " + f + " is listed twice)", null);
            }
            for (int t = 0; t < T; t++) {
                weights[f * T + t] = finite(file, in.readFloat());
            }
        }
        float[] transitions = new float[(T + 1) * T];
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] = finite(file, in.readFloat());
        }
        return new PerceptronModel(features, weights, transitions);
    }

    private static int count(Path file, DataInputStream in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new ModelFileException(file, "corrupt (" + n + " " + what + ")", null);
        }
        return n;
    }

    private static float finite(Path file, float v) throws ModelFileException {
        if (!Float.isFinite(v)) {
            throw new ModelFileException(file, "corrupt (a weight is " + v + ")", null);
        }
        return v;
    }
}

package org.marsad.entity.tagger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.marsad.entity.CliticTokens;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NameSpan;
import org.marsad.entity.NameTagger;

/**
 * A named-entity tagger trained on the user's CoNLL data ({@link PerceptronTrainer},
 * {@code marsad train ner}): finds the spans and types of the people, places and organizations of
 * a text. It gives spans, not entities: which entity a span names is still decided by the lexicon
 * and spelling rules. Never shipped: the lexicon-and-rules {@link EntityRecognizer} is Marsad's
 * default, and a model is an option the user trains and points to.
 *
 * <p>Tagging: the text's words and features ({@link WordFeatures}), Viterbi per line with the
 * first-stage model ({@link PerceptronModel}); then, when the model has a second stage, the same
 * with the document features of the first stage's tags ({@link WordFeatures#withDocument}). A span
 * is a U word, or runs from a B word through its I words to its L word. Thread-safe.
 */
public final class PerceptronTagger implements NameTagger {

    private final PerceptronModel local;
    /** The second stage, or null for a one-stage model. */
    private final PerceptronModel document;
    private final ModelInfo info;
    private final NameList names;
    private final WordFeatures featureSet;

    private final WordClusters clusters;

    PerceptronTagger(PerceptronModel local, PerceptronModel document, ModelInfo info, NameList names,
                     WordClusters clusters) {
        this(local, document, info, names, clusters, new EntityRecognizer());
    }

    PerceptronTagger(PerceptronModel local, PerceptronModel document, ModelInfo info, NameList names,
                     WordClusters clusters, EntityRecognizer recognizer) {
        this.local = Objects.requireNonNull(local, "local");
        this.document = document;
        this.info = Objects.requireNonNull(info, "info");
        this.names = Objects.requireNonNull(names, "names");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
        this.featureSet = new WordFeatures(recognizer, names, clusters);
    }

    NameList names() {
        return names;
    }

    WordClusters clusters() {
        return clusters;
    }

    /** Reads a model written by {@link #write}; a file that is not one fails naming the file and the reason. */
    public static PerceptronTagger load(Path file) throws ModelFileException {
        return ModelFile.read(file);
    }

    /** Writes the model ({@link ModelFile} format). */
    public void write(OutputStream out) throws IOException {
        ModelFile.write(this, out);
    }

    public ModelInfo info() {
        return info;
    }

    /** How many features carry a weight, over both stages. */
    public int featureCount() {
        return local.features().size() + (document == null ? 0 : document.features().size());
    }

    /** The models, first stage first. */
    List<PerceptronModel> stages() {
        return document == null ? List.of(local) : List.of(local, document);
    }

    /** The names in {@code text}, in text order; offsets in UTF-16 units of {@code text}. */
    @Override
    public List<NameSpan> tag(String text) {
        return spans(featureSet.extract(Objects.requireNonNull(text, "text")));
    }

    @Override
    public List<NameSpan> tag(CliticTokens tokens, List<EntityMention> ruleMentions) {
        return spans(featureSet.extract(tokens, ruleMentions));
    }

    private List<NameSpan> spans(TaggerInput in) {
        int[] tags = tags(in);
        List<NameSpan> out = new ArrayList<>();
        int w = 0;
        while (w < tags.length) {
            if (tags[w] == BilouTags.O) {
                w++;
                continue;
            }
            int end = w + 1;
            while (!BilouTags.closes(tags[end - 1]) && end < tags.length && BilouTags.isInside(tags[end]) && !in.segmentStart()[end]) {
                end++;
            }
            out.add(new NameSpan(in.tokens().start(w), in.tokens().end(end - 1), BilouTags.type(tags[w])));
            w = end;
        }
        return out;
    }

    int[] tags(TaggerInput in) {
        int[] first = decodeAll(local, in);
        return document == null ? first : decodeAll(document, WordFeatures.withDocument(in, first));
    }

    /** The tags {@code model} gives every word of {@code in}, line by line. */
    static int[] decodeAll(PerceptronModel model, TaggerInput in) {
        int[] ids = model.ids(in);
        int[] tags = new int[in.size()];
        PerceptronModel.Scratch scratch = new PerceptronModel.Scratch();
        for (int from = 0; from < in.size(); ) {
            int to = in.segmentEnd(from);
            model.decode(ids, in.rowStart(), from, to, tags, scratch);
            from = to;
        }
        return tags;
    }
}

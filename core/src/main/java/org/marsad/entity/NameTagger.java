package org.marsad.entity;

import java.util.List;

/**
 * Finds where a text names people, places and organizations, without saying which ones: a
 * statistical tagger the user trained ({@code org.marsad.entity.tagger.PerceptronTagger}). The
 * {@link EntityRecognizer} ties its spans to entities ({@link EntityRecognizer#withTagger}).
 */
public interface NameTagger {

    /** The names in {@code text}, in text order, not overlapping; offsets in UTF-16 units of {@code text}. */
    List<NameSpan> tag(String text);

    /**
     * As {@link #tag(String)}, for a text the caller has already cut into words and run the
     * lexicon-and-rules recognizer on ({@code tokens.text()} is the text): a tagger that reads
     * those may take them instead of computing them again.
     */
    default List<NameSpan> tag(CliticTokens tokens, List<EntityMention> ruleMentions) {
        return tag(tokens.text());
    }
}

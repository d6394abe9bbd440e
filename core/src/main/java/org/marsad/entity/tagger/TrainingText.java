package org.marsad.entity.tagger;

import java.util.List;
import java.util.Objects;

import org.marsad.entity.NameSpan;

/**
 * A text and its gold names, for training. Sentences or paragraphs are separated by line breaks;
 * the tagger decodes one line at a time and never lets a name cross a line.
 */
public record TrainingText(String text, List<NameSpan> gold) {

    public TrainingText {
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
        for (NameSpan s : gold) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("gold span " + s + " ends after the text (" + text.length() + " chars)");
            }
        }
    }
}

package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import org.marsad.util.BoundedMemo;

/**
 * The words of a text with their analyzed forms, as the index has them, for marking the words of a
 * snippet that match a query. The store's analysis chain works word by word (tokenizer, then filters
 * that each turn one token into one token), so a text is cut into words by the chain's tokenizer
 * alone and each word's form is looked up in a cache, analyzed by the whole chain only when unseen.
 * Snippets read the full text of every hit of every search, and news repeats its words: most are
 * found in the cache, and the filters (normalization, stemming) run once per distinct word.
 *
 * <p>Thread-safe. The cache is bounded: when it holds {@link #CAPACITY} words it is emptied and
 * fills again with the words searches meet, which costs one analysis per word, never a wrong form.
 */
final class WordForms {

    static final int CAPACITY = 100_000;

    /** Receives each word of a text: its offsets in the text and its analyzed form ("" for none). */
    interface WordConsumer {
        void accept(int start, int end, String form);
    }

    private final Analyzer chain;
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    private final BoundedMemo<String, String> forms = new BoundedMemo<>(CAPACITY);
    /** The analysis of a word of the text field, made once rather than a capturing lambda per word. */
    private final java.util.function.Function<String, String> analyzeText = w -> analyze(Fields.TEXT, w);

    /** @param chain the analysis chain whose tokenizer is a {@link StandardTokenizer} followed by one-to-one filters */
    WordForms(Analyzer chain) {
        this.chain = chain;
    }

    /** Each word of {@code text} in order, with its offsets and its form under the chain. */
    void each(String field, String text, WordConsumer consumer) {
        try (TokenStream ts = words.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                consumer.accept(offset.startOffset(), offset.endOffset(), form(field, term.toString()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzed form of one word. */
    String form(String field, String word) {
        return forms.get(word, Fields.TEXT.equals(field) ? analyzeText : w -> analyze(field, w));
    }

    private String analyze(String field, String word) {
        try (TokenStream ts = chain.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String form = ts.incrementToken() ? term.toString() : "";
            ts.end();
            return form;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

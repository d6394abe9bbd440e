package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import org.marsad.store.analysis.ArabicSearchAnalyzer;
import org.marsad.util.BoundedMemo;

/**
 * The words of a text with their analyzed forms, as the index has them: the words a related-article
 * list weighs and names as its reason (search snippets take the query terms' positions from the index
 * instead, see {@link TermPositions}). The store's analysis chain works word by word (tokenizer, then
 * filters that each turn one token into one token), so a text is cut into words by the chain's
 * tokenizer alone and each word's form is looked up in a cache, analyzed by the whole chain only when
 * unseen: news repeats its words, so most are found in the cache, and the filters (normalization,
 * stemming) run once per distinct word.
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
    private final Analyzer words = ArabicSearchAnalyzer.tokenizerOnly();
    /** Word (its chars) to form. Looked up through a view of the tokenizer's buffer: no string per word. */
    private final BoundedMemo<Word, String> forms = new BoundedMemo<>(CAPACITY);

    /** @param chain the analysis chain whose tokenizer is a {@link StandardTokenizer} followed by one-to-one filters */
    WordForms(Analyzer chain) {
        this.chain = chain;
    }

    /** Each word of {@code text} in order, with its offsets and its form under the chain. */
    void each(String field, String text, WordConsumer consumer) {
        Word view = new Word();
        try (TokenStream ts = words.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String form = forms.peek(view.of(term.buffer(), term.length()));
                if (form == null) {
                    form = formOfNew(field, term.toString());
                }
                consumer.accept(offset.startOffset(), offset.endOffset(), form);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzed form of one word. */
    String form(String field, String word) {
        String form = forms.peek(new Word().of(word.toCharArray(), word.length()));
        return form != null ? form : formOfNew(field, word);
    }

    private String formOfNew(String field, String word) {
        String form = analyze(field, word);
        char[] chars = word.toCharArray();
        forms.put(new Word().of(chars, chars.length), form);
        return form;
    }

    /**
     * A word's chars as a key: kept keys own their array; a lookup views the tokenizer's buffer,
     * which it must not keep.
     */
    private static final class Word {
        private char[] chars;
        private int length;
        private int hash;

        Word of(char[] buffer, int length) {
            this.chars = buffer;
            this.length = length;
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + buffer[i];
            }
            this.hash = h;
            return this;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Word w && w.hash == hash && java.util.Arrays.equals(chars, 0, length, w.chars, 0, w.length);
        }
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

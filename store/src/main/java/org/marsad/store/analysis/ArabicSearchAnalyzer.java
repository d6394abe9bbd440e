package org.marsad.store.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.marsad.normalize.ArabicNormalizer;

/**
 * The analysis chain of the store's text fields, the same at index and query time:
 * <ol>
 *   <li>Unicode word tokens ({@link StandardTokenizer});</li>
 *   <li>the matching key of each token ({@link MatchingKeyFilter}), so that spelling variants of
 *       letters (أ/إ/آ/ا, ى/ي, ة/ه, Persian ک/ی) and diacritics never keep two words apart;</li>
 *   <li>light stemming ({@link ArabicStemFilter}, Larkey's light10 rules): the article and the
 *       clitics و، وال، بال، كال، فال، لل in front, and the commonest suffixes (ها، ان، ات، ون، ين، يه، ية،
 *       ه، ة، ي) behind, so that والعاصمة finds العاصمة and عاصمتها.</li>
 * </ol>
 * Names written in other ways than letter variants (بوتين / بوتن) are not the analyzer's job: the
 * query side adds the entity they resolve to (see {@code QueryBuilder}).
 */
public final class ArabicSearchAnalyzer extends Analyzer {

    private static final Analyzer TOKENIZER_ONLY = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    private final ArabicNormalizer normalizer;

    public ArabicSearchAnalyzer() {
        this(ArabicNormalizer.standard());
    }

    public ArabicSearchAnalyzer(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * The chain's tokenizer with none of its filters. Each filter turns one token into one, so these
     * tokens are the field's words in order: token n of a text is position n of its field, and a
     * word's form is the chain applied to it alone. Shared and thread-safe, as an analyzer is.
     */
    public static Analyzer tokenizerOnly() {
        return TOKENIZER_ONLY;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new MatchingKeyFilter(tokenizer, normalizer);
        stream = new LowerCaseFilter(stream);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

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

    private final ArabicNormalizer normalizer;

    public ArabicSearchAnalyzer() {
        this(ArabicNormalizer.standard());
    }

    public ArabicSearchAnalyzer(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
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

package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Articles related to one article, outside its own story: the article's most telling words and its
 * entities become one query over the other articles, in the manner of "more like this".
 * <ul>
 *   <li>words: each analyzed word of the title and body weighed by {@code (1 + ln tf) * idf}, with
 *       {@code idf = ln(1 + N / df)} over the store; a word no other document has is left out (it can
 *       relate nothing), and the {@value #QUERY_WORDS} heaviest are kept, each boosted by its weight;</li>
 *   <li>entities: every entity the article names, boosted by {@value #ENTITY_BOOST} (the weight of
 *       a fairly rare word): a shared person or place is a reason on its own;</li>
 *   <li>a related article must match at least {@value #MIN_SHARED} of these, so that a single rare
 *       word in common is not a relation; the article and its story's members are excluded.</li>
 * </ul>
 * Each result says why: the entities both name and the words they share, as the first article
 * writes them.
 */
final class RelatedArticles {

    static final int QUERY_WORDS = 25;
    static final float ENTITY_BOOST = 3f;
    static final int MIN_SHARED = 3;
    /** Reasons shown per related article. */
    static final int REASONS = 5;

    private final IndexSearcher searcher;
    private final WordForms wordForms;

    RelatedArticles(IndexSearcher searcher, WordForms wordForms) {
        this.searcher = searcher;
        this.wordForms = wordForms;
    }

    private record Word(String form, String surface, double weight) {
    }

    /**
     * The related articles of the article {@code doc}, best first.
     *
     * @param text     its title and body
     * @param excluded ids never returned (the article and its story's members)
     */
    List<Scored> find(int doc, String text, Collection<String> excluded, int limit) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Word> words = words(reader, text);
        // the rarer an entity in the store, the more a shared one tells: those first
        List<String> entities = new ArrayList<>(entityIds(reader, doc));
        Map<String, Integer> frequency = new HashMap<>();
        for (String id : entities) {
            frequency.put(id, reader.docFreq(new Term(Fields.ENTITIES, id)));
        }
        entities.sort(Comparator.comparing((String id) -> frequency.get(id)).thenComparing(id -> id));
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        int clauses = 0;
        for (Word w : words) {
            like.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, w.form())), (float) w.weight()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String id : entities) {
            like.add(new BoostQuery(new TermQuery(new Term(Fields.ENTITIES, id)), ENTITY_BOOST), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses < MIN_SHARED) {
            return List.of();
        }
        like.setMinimumNumberShouldMatch(MIN_SHARED);
        BooleanQuery query = new BooleanQuery.Builder()
                .add(like.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.ID, excluded.stream().map(BytesRef::new).toList()), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(query, Math.max(1, limit));
        List<Scored> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Set<String> theirs = new LinkedHashSet<>(entityIds(reader, sd.doc));
            List<String> sharedEntities = entities.stream().filter(theirs::contains).limit(REASONS).toList();
            List<String> sharedWords = new ArrayList<>();
            for (Word w : words) {
                if (sharedWords.size() < REASONS && has(reader, sd.doc, w.form())) {
                    sharedWords.add(w.surface());
                }
            }
            out.add(new Scored(sd.doc, sd.score, sharedEntities, sharedWords));
        }
        return out;
    }

    /** A related document before it is read: its score and the ids and words it shares. */
    record Scored(int doc, float score, List<String> entityIds, List<String> words) {
    }

    /** The heaviest words of the text, heaviest first, each with the first way the text writes it. */
    private List<Word> words(IndexReader reader, String text) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        wordForms.each(Fields.TEXT, text, (start, end, form) -> {
            if (!form.isEmpty()) {
                counts.computeIfAbsent(form, f -> new int[1])[0]++;
                surfaces.putIfAbsent(form, text.substring(start, end));
            }
        });
        int documents = Math.max(1, reader.getDocCount(Fields.TEXT));
        List<Word> words = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int df = reader.docFreq(new Term(Fields.TEXT, e.getKey()));
            if (df <= 1) {
                continue;
            }
            double weight = (1 + Math.log(e.getValue()[0])) * Math.log1p((double) documents / df);
            words.add(new Word(e.getKey(), surfaces.get(e.getKey()), weight));
        }
        words.sort(Comparator.comparingDouble(Word::weight).reversed().thenComparing(Word::form));
        return words.subList(0, Math.min(QUERY_WORDS, words.size()));
    }

    /** The entity ids of a document, from its doc values. */
    static List<String> entityIds(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Fields.ENTITIES);
        List<String> ids = new ArrayList<>();
        if (values.advanceExact(doc - leaf.docBase)) {
            for (int k = 0; k < values.docValueCount(); k++) {
                ids.add(values.lookupOrd(values.nextOrd()).utf8ToString());
            }
        }
        return ids;
    }

    /** Whether the document holds the word in its text. */
    private static boolean has(IndexReader reader, int doc, String form) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        Terms terms = leaf.reader().terms(Fields.TEXT);
        if (terms == null) {
            return false;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(new BytesRef(form))) {
            return false;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        int target = doc - leaf.docBase;
        return postings.advance(target) == target;
    }
}

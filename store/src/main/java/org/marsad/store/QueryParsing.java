package org.marsad.store;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a user's query into a Lucene query over given fields. The syntax is words, "phrases", AND,
 * OR, NOT, a leading + or -, and parentheses; every other char Lucene would read as syntax (field
 * colons, wildcards, fuzzy tildes, ranges) is taken literally, so that {@code 10:30} or a URL is
 * searched as text.
 *
 * <p>Each word or phrase that names an entity ({@code بوتن}, {@code "كيم جونغ أون"}) also matches
 * the articles that mention the entity in any spelling, through the {@link Fields#ENTITIES} field;
 * the word's own matches still rank first where the spelling is the same.
 */
final class QueryParsing {

    /** Lucene's syntax chars that the store's syntax does not use; they are escaped. */
    private static final String LITERAL_CHARS = ":^~*?[]{}\\/!&|";
    /** Weight of a match through the entity against a match of the words themselves. */
    private static final float ENTITY_BOOST = 0.8f;

    private QueryParsing() {
    }

    /**
     * @param entityIds resolves a word or phrase as written to the ids of the entities it names (empty if none)
     * @param entityField the field holding entity ids, or null to add no entity clauses
     */
    static Query parse(String text, Map<String, Float> fields, Analyzer analyzer,
                       Function<String, Set<String>> entityIds, String entityField) throws QuerySyntaxException {
        String escaped = escape(text).strip();
        if (escaped.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer, fields) {
            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                Query words = super.getFieldQuery(field, queryText, quoted);
                if (entityField == null || field != null) {
                    return words;
                }
                Set<String> ids = entityIds.apply(queryText);
                if (ids.isEmpty()) {
                    return words;
                }
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                if (words != null) {
                    either.add(words, BooleanClause.Occur.SHOULD);
                }
                for (String id : ids) {
                    either.add(new BoostQuery(new TermQuery(new Term(entityField, id)), ENTITY_BOOST),
                            BooleanClause.Occur.SHOULD);
                }
                return either.build();
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        try {
            Query q = parser.parse(escaped);
            return q == null ? new MatchAllDocsQuery() : q;
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot parse the query \"" + text + "\": " + firstLine(e.getMessage())
                    + " (use words, \"phrases\", AND, OR, NOT, - and parentheses)");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query \"" + text + "\" has too many words");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LITERAL_CHARS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.marsad.store.analysis.ArabicSearchAnalyzer;

class SnippetsTest {

    private static final ArabicSearchAnalyzer CHAIN = new ArabicSearchAnalyzer();

    @Test
    void theWordsAtTheGivenPositionsAreMarkedInTheirOriginalSpelling() {
        // tokens: 0 زار 1 الرئيس 2 العاصمةَ 3 ، is not a token 3 أمس 4 2024 5 وفي 6 العاصمة 7 اجتماع
        String text = "زار الرئيس العاصمةَ، أمس 2024 وفي العاصمة اجتماع";
        List<SnippetPart> parts = Snippets.atPositions(text, List.of(), new int[] {2, 6});
        assertEquals(List.of("العاصمةَ", "العاصمة"), marked(parts));
        assertEquals(text, String.join("", parts.stream().map(SnippetPart::text).toList()));
    }

    @Test
    void noPositionsAndNoMentionsGiveTheTextsOpening() {
        String text = "كلمة ".repeat(100);
        List<SnippetPart> parts = Snippets.atPositions(text, List.of(), new int[0]);
        assertEquals(List.of(), marked(parts));
        assertTrue(parts.get(0).text().startsWith("كلمة كلمة"), parts.toString());
    }

    @Test
    void theIndexsPositionsOfAQueryTermPointAtTheWordsThatAnalyzeToIt() throws IOException {
        // clitics, diacritics, tatweel, punctuation, digits and Latin between the matches: each word is
        // one token and one position, whatever the chain makes of it
        String text = "قالت مصادر في والعاصمةِ إن الـــعاصمة، (ABC) 12.5% ــ للعاصمة خطة وعاصمتها جديدة العاصمه";
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(CHAIN))) {
                Document d = new Document();
                d.add(new TextField(Fields.TEXT, text, Field.Store.NO));
                writer.addDocument(d);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Set<String> terms = Set.of(analyzed("العاصمة"), analyzed("خطة"));
                int[] positions = TermPositions.of(searcher, new int[] {0}, Set.of(analyzed("العاصمة"), analyzed("خطة"), "absent"))[0];
                // the oracle: every word of the text analyzed by the whole chain, kept where its form is a term
                List<String> expected = new java.util.ArrayList<>();
                new WordForms(CHAIN).each(Fields.TEXT, text, (start, end, form) -> {
                    if (terms.contains(form)) {
                        expected.add(text.substring(start, end));
                    }
                });
                assertTrue(expected.containsAll(List.of("والعاصمةِ", "الـــعاصمة", "خطة", "العاصمه")), expected.toString());
                assertEquals(expected.size(), positions.length, () -> java.util.Arrays.toString(positions));
                assertEquals(expected, marked(Snippets.atPositions(text, List.of(), positions)));
                assertArrayEquals(new int[0], TermPositions.of(searcher, new int[] {0}, Set.of())[0]);
            }
        }
    }

    private static String analyzed(String word) throws IOException {
        try (TokenStream ts = CHAIN.tokenStream(Fields.TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            assertTrue(ts.incrementToken());
            String form = term.toString();
            ts.end();
            return form;
        }
    }

    private static List<String> marked(List<SnippetPart> parts) {
        return parts.stream().filter(SnippetPart::match).map(SnippetPart::text).toList();
    }
}

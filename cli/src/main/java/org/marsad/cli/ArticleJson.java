package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.store.codec.ArticleJsonWriter;

/**
 * Writes articles as JSON Lines in the field order and names of the contract in PRODUCT.md.
 * Arabic is written as is, never escaped; the writer is UTF-8.
 */
final class ArticleJson implements AutoCloseable {

    private final JsonGenerator json;

    ArticleJson(Writer out) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        this.json = factory.createGenerator(out);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setRootValueSeparator(null);
    }

    void write(Article a, boolean explain) throws IOException {
        json.writeStartObject();
        ArticleJsonWriter.fields(json, a);
        if (explain) {
            ArticleJsonWriter.blocks(json, a.blocks());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** The article's fields, then {@code entities}, {@code times} and {@code events} as PRODUCT.md gives them for {@code analyze}. */
    void write(AnalyzedArticle analyzed, boolean explain) throws IOException {
        json.writeStartObject();
        ArticleJsonWriter.fields(json, analyzed.article());
        if (explain) {
            ArticleJsonWriter.blocks(json, analyzed.article().blocks());
        }
        ArticleJsonWriter.analysis(json, analyzed);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}

package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;
import org.marsad.event.EventFrame;
import org.marsad.time.TimeExpression;

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
        fields(a, explain);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** The article's fields, then {@code entities}, {@code times} and {@code events} as PRODUCT.md gives them for {@code analyze}. */
    void write(AnalyzedArticle analyzed, boolean explain) throws IOException {
        json.writeStartObject();
        fields(analyzed.article(), explain);
        json.writeArrayFieldStart("entities");
        for (ArticleEntity e : analyzed.entities()) {
            json.writeStartObject();
            json.writeStringField("id", e.entity().id());
            json.writeStringField("name", e.entity().name());
            json.writeStringField("name_en", e.entity().nameEn());
            json.writeStringField("type", e.entity().type().name());
            json.writeStringField("subtype", e.entity().subtype());
            if (e.entity().wikidata() != null) {
                json.writeStringField("wikidata", e.entity().wikidata());
            }
            json.writeArrayFieldStart("mentions");
            for (EntityMention m : e.mentions()) {
                json.writeStartObject();
                json.writeStringField("text", m.text());
                json.writeNumberField("start", m.start());
                json.writeNumberField("end", m.end());
                json.writeStringField("how", m.how().name().toLowerCase(java.util.Locale.ROOT));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("times");
        for (TimeExpression t : analyzed.times()) {
            json.writeStartObject();
            json.writeStringField("text", t.text());
            json.writeNumberField("start", t.start());
            json.writeNumberField("end", t.end());
            json.writeStringField("type", t.type());
            json.writeStringField("value", t.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (EventFrame e : analyzed.events()) {
            json.writeStartObject();
            json.writeStringField("type", e.type().jsonName());
            json.writeStringField("status", e.status().jsonName());
            json.writeStringField("date", e.date());
            strings("participants", e.participants());
            json.writeStringField("place", e.place());
            json.writeStringField("sentence", e.sentence());
            json.writeNumberField("start", e.start());
            json.writeNumberField("end", e.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void fields(Article a, boolean explain) throws IOException {
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeNumberField("position", a.position());
        json.writeStringField("role", a.role().jsonName());
        json.writeStringField("title", a.title());
        json.writeStringField("published", a.published() == null ? null : a.published().toString());
        json.writeStringField("published_from", a.publishedFrom());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("section", a.section());
        json.writeStringField("byline", a.byline());
        strings("agencies", a.agencies());
        strings("tags", a.tags());
        strings("paragraphs", a.paragraphs());
        strings("captions", a.captions());
        strings("related", a.related());
        json.writeStringField("language", a.language());
        if (explain) {
            json.writeArrayFieldStart("blocks");
            for (Block b : a.blocks()) {
                json.writeStartObject();
                json.writeNumberField("line", b.line());
                if (b.path() != null) {
                    json.writeStringField("path", b.path());
                }
                json.writeStringField("label", b.label().jsonName());
                json.writeStringField("reason", b.reason());
                json.writeStringField("text", b.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}

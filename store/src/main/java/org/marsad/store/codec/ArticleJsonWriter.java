package org.marsad.store.codec;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityMention;
import org.marsad.event.EventFrame;
import org.marsad.tags.Keyphrases;
import org.marsad.time.TimeExpression;

/**
 * The article JSON of PRODUCT.md, streamed: the one writer behind {@code marsad extract} /
 * {@code analyze} output and the REST API's articles, so the contract's names and order are
 * written in one place. Callers open and close the object and may add their own fields between
 * the parts (the API adds {@code story} before the blocks).
 */
public final class ArticleJsonWriter {

    private ArticleJsonWriter() {
    }

    /** {@code id} through {@code language}, in the contract's order. */
    public static void fields(JsonGenerator json, Article a) throws IOException {
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeNumberField("position", a.position());
        json.writeStringField("role", a.role().jsonName());
        json.writeStringField("title", a.title());
        json.writeStringField("published", date(a.published()));
        json.writeStringField("published_from", a.publishedFrom());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("section", a.section());
        json.writeStringField("byline", a.byline());
        strings(json, "agencies", a.agencies());
        strings(json, "tags", a.tags());
        strings(json, "paragraphs", a.paragraphs());
        strings(json, "captions", a.captions());
        strings(json, "related", a.related());
        json.writeStringField("language", a.language());
    }

    /** {@code blocks}: every block with its line (or CSS path), label, reason and text. */
    public static void blocks(JsonGenerator json, List<Block> blocks) throws IOException {
        json.writeArrayFieldStart("blocks");
        for (Block b : blocks) {
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

    /** {@code entities}, {@code times} and {@code events}, as {@code analyze} adds them. */
    public static void analysis(JsonGenerator json, AnalyzedArticle analyzed) throws IOException {
        json.writeArrayFieldStart("entities");
        for (ArticleEntity e : analyzed.entities()) {
            json.writeStartObject();
            entity(json, e.entity());
            json.writeArrayFieldStart("mentions");
            for (EntityMention m : e.mentions()) {
                json.writeStartObject();
                json.writeStringField("text", m.text());
                json.writeNumberField("start", m.start());
                json.writeNumberField("end", m.end());
                json.writeStringField("how", m.how().name().toLowerCase(Locale.ROOT));
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
            strings(json, "participants", e.participants());
            json.writeStringField("place", e.place());
            json.writeStringField("sentence", e.sentence());
            json.writeNumberField("start", e.start());
            json.writeNumberField("end", e.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "keyphrases", Keyphrases.of(analyzed, Keyphrases.DEFAULT_MAX));
    }

    /** An entity's own fields: id, name, name_en, type, subtype, wikidata. */
    public static void entity(JsonGenerator json, Entity e) throws IOException {
        json.writeStringField("id", e.id());
        json.writeStringField("name", e.name());
        json.writeStringField("name_en", e.nameEn());
        json.writeStringField("type", e.type().name());
        json.writeStringField("subtype", e.subtype());
        json.writeStringField("wikidata", e.wikidata());
    }

    public static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}

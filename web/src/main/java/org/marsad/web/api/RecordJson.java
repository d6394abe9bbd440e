package org.marsad.web.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.dedup.Duplicate;
import org.marsad.event.EventSource;
import org.marsad.event.TimelineEvent;
import org.marsad.store.ArticleRef;
import org.marsad.store.EntityCount;
import org.marsad.store.EntitySummary;
import org.marsad.store.EntityView;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchResult;
import org.marsad.store.SnippetPart;
import org.marsad.store.StoreStats;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoryView;
import org.marsad.store.codec.ArticleJsonWriter;
import org.marsad.story.Story;

/**
 * Writes the store's records as the REST API's JSON objects. Articles use the field names of the
 * article JSON contract in PRODUCT.md ({@code id, source, position, role, title, published,
 * published_from, outlet, ...}, then {@code blocks}, {@code entities}, {@code times}, {@code events});
 * stories and timeline events those of {@code stories --json} and {@code timeline --json}. Names are
 * snake_case; absent values are written as null, lists as empty arrays.
 */
final class RecordJson {

    private RecordJson() {
    }

    static void article(JsonGenerator json, StoredArticle stored) throws IOException {
        json.writeStartObject();
        ArticleJsonWriter.fields(json, stored.analyzed().article());
        json.writeStringField("story", stored.story());
        ArticleJsonWriter.blocks(json, stored.analyzed().article().blocks());
        ArticleJsonWriter.analysis(json, stored.analyzed());
        json.writeEndObject();
    }

    static void articleRef(JsonGenerator json, ArticleRef a) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.source());
        json.writeNumberField("position", a.position());
        json.writeStringField("role", a.role());
        json.writeStringField("title", a.title());
        json.writeStringField("published", date(a.published()));
        json.writeStringField("published_from", a.publishedFrom());
        json.writeStringField("outlet", a.outlet());
        json.writeStringField("story", a.story());
        json.writeEndObject();
    }

    static void searchResult(JsonGenerator json, SearchResult result, int offset, int limit) throws IOException {
        json.writeStartObject();
        json.writeNumberField("total", result.total());
        json.writeNumberField("offset", offset);
        json.writeNumberField("limit", limit);
        json.writeArrayFieldStart("hits");
        for (Hit h : result.hits()) {
            hit(json, h);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facets");
        for (Map.Entry<String, List<FacetValue>> facet : new java.util.TreeMap<>(result.facets()).entrySet()) {
            json.writeArrayFieldStart(facet.getKey());
            for (FacetValue v : facet.getValue()) {
                json.writeStartObject();
                json.writeStringField("value", v.value());
                json.writeStringField("label", v.label());
                json.writeNumberField("count", v.count());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void hit(JsonGenerator json, Hit h) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", h.kind());
        json.writeStringField("id", h.id());
        json.writeStringField("title", h.title());
        json.writeStringField("date", date(h.date()));
        json.writeStringField("outlet", h.outlet());
        json.writeStringField("story", h.story());
        json.writeNumberField("score", h.score());
        StringBuilder text = new StringBuilder();
        json.writeArrayFieldStart("snippet");
        for (SnippetPart p : h.snippet()) {
            json.writeStartObject();
            json.writeStringField("text", p.text());
            json.writeBooleanField("match", p.match());
            json.writeEndObject();
            text.append(p.text());
        }
        json.writeEndArray();
        json.writeStringField("snippet_text", text.toString());
        json.writeEndObject();
    }

    /** A story as {@code stories --json} gives it, plus its summary, terms, duplicates and entities. */
    static void story(JsonGenerator json, StoryView view) throws IOException {
        Story s = view.story();
        json.writeStartObject();
        json.writeStringField("id", s.id());
        json.writeStringField("title", s.title());
        json.writeStringField("first", date(s.first()));
        json.writeStringField("last", date(s.last()));
        strings(json, "outlets", s.outlets());
        json.writeArrayFieldStart("articles");
        for (ArticleRef a : view.articles()) {
            articleRef(json, a);
        }
        json.writeEndArray();
        strings(json, "summary", s.summary());
        strings(json, "top_terms", s.topTerms());
        strings(json, "tags", view.tags());
        json.writeArrayFieldStart("duplicates");
        for (Duplicate d : s.duplicates()) {
            json.writeStartObject();
            json.writeStringField("id", d.id());
            json.writeStringField("original", d.original());
            json.writeBooleanField("exact", d.exact());
            json.writeNumberField("similarity", d.similarity());
            json.writeBooleanField("wire_copy", d.wireCopy());
            json.writeEndObject();
        }
        json.writeEndArray();
        entityCounts(json, "entities", view.entities());
        json.writeEndObject();
    }

    static void entitySummary(JsonGenerator json, EntitySummary summary) throws IOException {
        json.writeStartObject();
        entitySummaryFields(json, summary);
        json.writeEndObject();
    }

    private static void entitySummaryFields(JsonGenerator json, EntitySummary summary) throws IOException {
        ArticleJsonWriter.entity(json, summary.entity());
        json.writeNumberField("article_count", summary.articles());
        json.writeArrayFieldStart("variants");
        for (var v : summary.variants()) {
            json.writeStartObject();
            json.writeStringField("text", v.text());
            json.writeNumberField("count", v.count());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void entityView(JsonGenerator json, EntityView view) throws IOException {
        json.writeStartObject();
        entitySummaryFields(json, view.summary());
        json.writeArrayFieldStart("articles");
        for (ArticleRef a : view.articles()) {
            articleRef(json, a);
        }
        json.writeEndArray();
        entityCounts(json, "cooccurring", view.cooccurring());
        json.writeEndObject();
    }

    private static void entityCounts(JsonGenerator json, String field, List<EntityCount> counts) throws IOException {
        json.writeArrayFieldStart(field);
        for (EntityCount c : counts) {
            json.writeStartObject();
            json.writeStringField("id", c.id());
            json.writeStringField("name", c.name());
            json.writeStringField("type", c.type());
            json.writeNumberField("count", c.count());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** An event as {@code timeline --json} gives it, plus {@code date_to} when sources disagree. */
    static void timelineEvent(JsonGenerator json, TimelineEvent e) throws IOException {
        json.writeStartObject();
        json.writeStringField("date", e.date());
        json.writeStringField("date_to", e.dateTo());
        json.writeStringField("type", e.type().jsonName());
        json.writeStringField("status", e.status().jsonName());
        strings(json, "participants", e.participants());
        json.writeStringField("place", e.place());
        json.writeStringField("summary", e.summary());
        json.writeArrayFieldStart("sources");
        for (EventSource s : e.sources()) {
            json.writeStartObject();
            json.writeStringField("article", s.article());
            json.writeStringField("source", s.source());
            json.writeStringField("outlet", s.outlet());
            json.writeStringField("sentence", s.sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void stats(JsonGenerator json, StoreStats stats) throws IOException {
        json.writeStartObject();
        json.writeNumberField("articles", stats.articles());
        json.writeNumberField("stories", stats.stories());
        json.writeNumberField("entities", stats.entities());
        json.writeNumberField("events", stats.events());
        json.writeStringField("last_commit", stats.lastCommit() == null ? null : stats.lastCommit().toString());
        json.writeEndObject();
    }

    static void error(JsonGenerator json, int status, String message) throws IOException {
        json.writeStartObject();
        json.writeNumberField("status", status);
        json.writeStringField("error", message);
        json.writeEndObject();
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        ArticleJsonWriter.strings(json, field, values);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}

package org.marsad.store.codec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.dedup.Duplicate;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.event.EventFrame;
import org.marsad.event.EventStatus;
import org.marsad.event.EventType;
import org.marsad.store.ArticleRef;
import org.marsad.store.EntityCount;
import org.marsad.store.EntitySummary;
import org.marsad.store.VariantCount;
import org.marsad.story.Story;
import org.marsad.story.StoryArticle;
import org.marsad.time.TimeExpression;

/**
 * The records the store keeps, to JSON and back. Field names for articles are those of the article
 * JSON contract in PRODUCT.md, so a stored article reads like {@code marsad analyze} output. What is
 * written is read back equal (a round trip is tested for every record).
 */
public final class JsonCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonCodec() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    // ---- articles -------------------------------------------------------------------------

    public static ObjectNode article(AnalyzedArticle analyzed) {
        ObjectNode o = article(analyzed.article());
        ArrayNode entities = o.putArray("entities");
        for (ArticleEntity e : analyzed.entities()) {
            ObjectNode n = entity(e.entity());
            ArrayNode mentions = n.putArray("mentions");
            for (EntityMention m : e.mentions()) {
                mentions.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end())
                        .put("how", m.how().name().toLowerCase(Locale.ROOT)).put("score", m.score());
            }
            entities.add(n);
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : analyzed.times()) {
            times.addObject().put("text", t.text()).put("start", t.start()).put("end", t.end())
                    .put("type", t.type()).put("value", t.value());
        }
        ArrayNode events = o.putArray("events");
        for (EventFrame f : analyzed.events()) {
            ObjectNode n = events.addObject().put("type", f.type().jsonName()).put("status", f.status().jsonName())
                    .put("date", f.date());
            strings(n.putArray("participants"), f.participants());
            n.put("place", f.place()).put("sentence", f.sentence()).put("start", f.start()).put("end", f.end());
        }
        return o;
    }

    public static ObjectNode article(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id()).put("source", a.source()).put("position", a.position()).put("role", a.role().jsonName())
                .put("title", a.title()).put("published", a.published() == null ? null : a.published().toString())
                .put("published_from", a.publishedFrom()).put("outlet", a.outlet()).put("section", a.section())
                .put("byline", a.byline());
        strings(o.putArray("agencies"), a.agencies());
        strings(o.putArray("tags"), a.tags());
        strings(o.putArray("paragraphs"), a.paragraphs());
        strings(o.putArray("captions"), a.captions());
        strings(o.putArray("related"), a.related());
        o.put("language", a.language());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : a.blocks()) {
            ObjectNode n = blocks.addObject().put("line", b.line());
            if (b.path() != null) {
                n.put("path", b.path());
            }
            n.put("label", b.label().jsonName()).put("reason", b.reason()).put("text", b.text());
        }
        return o;
    }

    public static AnalyzedArticle analyzedArticle(JsonNode o) {
        List<ArticleEntity> entities = new ArrayList<>();
        for (JsonNode n : o.path("entities")) {
            Entity entity = entity(n);
            List<EntityMention> mentions = new ArrayList<>();
            for (JsonNode m : n.path("mentions")) {
                mentions.add(new EntityMention(entity, m.path("text").asText(), m.path("start").asInt(),
                        m.path("end").asInt(),
                        EntityMention.Resolution.valueOf(m.path("how").asText().toUpperCase(Locale.ROOT)),
                        m.path("score").asDouble()));
            }
            entities.add(new ArticleEntity(entity, mentions));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : o.path("times")) {
            times.add(new TimeExpression(t.path("text").asText(), t.path("start").asInt(), t.path("end").asInt(),
                    t.path("type").asText(), t.path("value").asText()));
        }
        List<EventFrame> events = new ArrayList<>();
        for (JsonNode f : o.path("events")) {
            events.add(new EventFrame(EventType.valueOf(f.path("type").asText().toUpperCase(Locale.ROOT)),
                    EventStatus.valueOf(f.path("status").asText().toUpperCase(Locale.ROOT)), text(f, "date"),
                    strings(f.path("participants")), text(f, "place"), f.path("sentence").asText(),
                    f.path("start").asInt(), f.path("end").asInt()));
        }
        return new AnalyzedArticle(article(o), entities, times, events);
    }

    public static Article article(JsonNode o) {
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : o.path("blocks")) {
            blocks.add(new Block(b.path("line").asInt(),
                    BlockLabel.valueOf(b.path("label").asText().toUpperCase(Locale.ROOT)), b.path("reason").asText(),
                    b.path("text").asText(), text(b, "path")));
        }
        return new Article(o.path("id").asText(), o.path("source").asText(), o.path("position").asInt(),
                "appended".equals(o.path("role").asText()) ? Article.Role.APPENDED : Article.Role.MAIN,
                text(o, "title"), date(o, "published"), text(o, "published_from"), text(o, "outlet"),
                text(o, "section"), text(o, "byline"), strings(o.path("agencies")), strings(o.path("tags")),
                strings(o.path("paragraphs")), strings(o.path("captions")), strings(o.path("related")),
                o.path("language").asText("und"), blocks);
    }

    // ---- entities -------------------------------------------------------------------------

    public static ObjectNode entity(Entity e) {
        return JSON.createObjectNode().put("id", e.id()).put("name", e.name()).put("name_en", e.nameEn())
                .put("type", e.type().name()).put("subtype", e.subtype()).put("wikidata", e.wikidata());
    }

    public static Entity entity(JsonNode n) {
        return new Entity(n.path("id").asText(), n.path("name").asText(), text(n, "name_en"),
                EntityType.valueOf(n.path("type").asText()), n.path("subtype").asText(), text(n, "wikidata"));
    }

    public static ObjectNode entitySummary(EntitySummary s) {
        ObjectNode o = entity(s.entity());
        o.put("articles", s.articles());
        ArrayNode variants = o.putArray("variants");
        for (VariantCount v : s.variants()) {
            variants.addObject().put("text", v.text()).put("count", v.count());
        }
        return o;
    }

    public static EntitySummary entitySummary(JsonNode o) {
        List<VariantCount> variants = new ArrayList<>();
        for (JsonNode v : o.path("variants")) {
            variants.add(new VariantCount(v.path("text").asText(), v.path("count").asInt()));
        }
        return new EntitySummary(entity(o), o.path("articles").asInt(), variants);
    }

    public static ArrayNode entityCounts(List<EntityCount> counts) {
        ArrayNode a = JSON.createArrayNode();
        for (EntityCount c : counts) {
            a.addObject().put("id", c.id()).put("name", c.name()).put("type", c.type()).put("count", c.count());
        }
        return a;
    }

    public static List<EntityCount> entityCounts(JsonNode a) {
        List<EntityCount> out = new ArrayList<>();
        for (JsonNode c : a) {
            out.add(new EntityCount(c.path("id").asText(), c.path("name").asText(), c.path("type").asText(),
                    c.path("count").asInt()));
        }
        return out;
    }

    // ---- stories and article references ---------------------------------------------------

    public static ObjectNode articleRef(ArticleRef r) {
        return JSON.createObjectNode().put("id", r.id()).put("title", r.title()).put("outlet", r.outlet())
                .put("published", r.published() == null ? null : r.published().toString())
                .put("published_from", r.publishedFrom()).put("source", r.source()).put("position", r.position())
                .put("role", r.role()).put("story", r.story());
    }

    public static ArticleRef articleRef(JsonNode o) {
        return new ArticleRef(o.path("id").asText(), text(o, "title"), text(o, "outlet"), date(o, "published"),
                text(o, "published_from"), o.path("source").asText(), o.path("position").asInt(),
                o.path("role").asText(), text(o, "story"));
    }

    public static ObjectNode story(Story s) {
        ObjectNode o = JSON.createObjectNode().put("id", s.id()).put("title", s.title())
                .put("first", s.first() == null ? null : s.first().toString())
                .put("last", s.last() == null ? null : s.last().toString());
        strings(o.putArray("outlets"), s.outlets());
        ArrayNode articles = o.putArray("articles");
        for (StoryArticle a : s.articles()) {
            ObjectNode n = articles.addObject().put("id", a.id()).put("source", a.source()).put("position", a.position())
                    .put("title", a.title()).put("published", a.published() == null ? null : a.published().toString())
                    .put("outlet", a.outlet());
            strings(n.putArray("entities"), a.entities());
        }
        strings(o.putArray("top_terms"), s.topTerms());
        strings(o.putArray("summary"), s.summary());
        ArrayNode duplicates = o.putArray("duplicates");
        for (Duplicate d : s.duplicates()) {
            duplicates.addObject().put("id", d.id()).put("original", d.original()).put("exact", d.exact())
                    .put("similarity", d.similarity()).put("wire_copy", d.wireCopy());
        }
        return o;
    }

    /** A story as stored; its articles carry no text (the store holds it once, with the article). */
    public static Story story(JsonNode o) {
        List<StoryArticle> articles = new ArrayList<>();
        for (JsonNode a : o.path("articles")) {
            articles.add(new StoryArticle(a.path("id").asText(), a.path("source").asText(), a.path("position").asInt(),
                    text(a, "title"), "", date(a, "published"), text(a, "outlet"), strings(a.path("entities")), List.of()));
        }
        List<Duplicate> duplicates = new ArrayList<>();
        for (JsonNode d : o.path("duplicates")) {
            duplicates.add(new Duplicate(d.path("id").asText(), d.path("original").asText(), d.path("exact").asBoolean(),
                    d.path("similarity").asDouble(), d.path("wire_copy").asBoolean()));
        }
        return new Story(o.path("id").asText(), text(o, "title"), date(o, "first"), date(o, "last"),
                strings(o.path("outlets")), articles, strings(o.path("top_terms")), strings(o.path("summary")),
                duplicates);
    }

    // ---- helpers --------------------------------------------------------------------------

    private static void strings(ArrayNode array, List<String> values) {
        for (String v : values) {
            array.add(v);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }

    /** A text field, null when absent or JSON null. */
    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode o, String field) {
        String v = text(o, field);
        return v == null ? null : LocalDate.parse(v);
    }
}

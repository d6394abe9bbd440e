package org.marsad.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;
import org.marsad.event.EventFrame;
import org.marsad.time.TimeExpression;

/**
 * The analyzed article as one nested row, the field names of the article JSON contract (snake case):
 * the tables the job writes are columns and explosions of it. A row whose {@code problem} is set
 * stands for an input problem, not an article (its {@code source} names the input): {@code skipped}
 * true when the input gave no article, false for a warning about an input read anyway (its articles
 * are rows of their own).
 */
final class AnalyzedRows {

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    static final StructType MENTION = new StructType(new StructField[] {
            field("text", DataTypes.StringType), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("how", DataTypes.StringType), field("score", DataTypes.DoubleType)});

    static final StructType ENTITY = new StructType(new StructField[] {
            field("id", DataTypes.StringType), field("name", DataTypes.StringType), field("name_en", DataTypes.StringType),
            field("type", DataTypes.StringType), field("subtype", DataTypes.StringType), field("wikidata", DataTypes.StringType),
            field("mentions", DataTypes.createArrayType(MENTION, false))});

    static final StructType TIME = new StructType(new StructField[] {
            field("text", DataTypes.StringType), field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("type", DataTypes.StringType), field("value", DataTypes.StringType)});

    static final StructType EVENT = new StructType(new StructField[] {
            field("type", DataTypes.StringType), field("status", DataTypes.StringType), field("date", DataTypes.StringType),
            field("participants", STRINGS), field("place", DataTypes.StringType), field("sentence", DataTypes.StringType),
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType)});

    static final StructType ANALYZED = new StructType(new StructField[] {
            field("id", DataTypes.StringType), field("source", DataTypes.StringType), field("position", DataTypes.IntegerType),
            field("role", DataTypes.StringType), field("title", DataTypes.StringType), field("published", DataTypes.DateType),
            field("published_from", DataTypes.StringType), field("outlet", DataTypes.StringType),
            field("section", DataTypes.StringType), field("byline", DataTypes.StringType),
            field("agencies", STRINGS), field("tags", STRINGS), field("paragraphs", STRINGS),
            field("captions", STRINGS), field("related", STRINGS), field("language", DataTypes.StringType),
            field("entities", DataTypes.createArrayType(ENTITY, false)),
            field("times", DataTypes.createArrayType(TIME, false)),
            field("events", DataTypes.createArrayType(EVENT, false)),
            field("problem", DataTypes.StringType), field("skipped", DataTypes.BooleanType)});

    private AnalyzedRows() {
    }

    static Row of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        List<Row> entities = new ArrayList<>();
        for (ArticleEntity e : analyzed.entities()) {
            List<Row> mentions = new ArrayList<>();
            for (EntityMention m : e.mentions()) {
                mentions.add(RowFactory.create(m.text(), m.start(), m.end(), m.how().name().toLowerCase(java.util.Locale.ROOT), m.score()));
            }
            entities.add(RowFactory.create(e.entity().id(), e.entity().name(), e.entity().nameEn(), e.entity().type().name(),
                    e.entity().subtype(), e.entity().wikidata(), rows(mentions)));
        }
        List<Row> times = new ArrayList<>();
        for (TimeExpression t : analyzed.times()) {
            times.add(RowFactory.create(t.text(), t.start(), t.end(), t.type(), t.value()));
        }
        List<Row> events = new ArrayList<>();
        for (EventFrame f : analyzed.events()) {
            events.add(RowFactory.create(f.type().jsonName(), f.status().jsonName(), f.date(), strings(f.participants()), f.place(),
                    f.sentence(), f.start(), f.end()));
        }
        return RowFactory.create(a.id(), a.source(), a.position(), a.role().jsonName(), a.title(),
                a.published() == null ? null : Date.valueOf(a.published()), a.publishedFrom(), a.outlet(), a.section(),
                a.byline(), strings(a.agencies()), strings(a.tags()), strings(a.paragraphs()), strings(a.captions()),
                strings(a.related()), a.language(), rows(entities), rows(times), rows(events), null, null);
    }

    static Row problem(String source, String reason, boolean skipped) {
        Object[] values = new Object[ANALYZED.size()];
        values[ANALYZED.fieldIndex("source")] = source;
        values[ANALYZED.fieldIndex("problem")] = reason;
        values[ANALYZED.fieldIndex("skipped")] = skipped;
        return RowFactory.create(values);
    }

    /** Spark takes an array column's value as a Java array (or a Scala Seq), not a java.util.List. */
    static String[] strings(List<String> values) {
        return values.toArray(new String[0]);
    }

    static Row[] rows(List<Row> values) {
        return values.toArray(new Row[0]);
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}

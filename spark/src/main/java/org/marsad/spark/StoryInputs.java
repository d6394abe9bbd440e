package org.marsad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.marsad.story.LeadEvent;
import org.marsad.story.StoryArticle;

/**
 * What story clustering and duplicate detection read of an analyzed article, as a flat row
 * ({@link #SCHEMA}) and back as a {@link StoryArticle}: id, source, position, title, the body text
 * (paragraphs joined by a newline), publication date, outlet and the ids of the entities it names
 * (in order of first mention). The {@code key} orders articles as the embedded clusterer does, by
 * date, undated last, then id: the least key of a story is the id of its earliest article.
 */
final class StoryInputs {

    /** A {@link LeadEvent} as a row. */
    static final StructType LEAD_EVENT = new StructType().add("type", DataTypes.StringType)
            .add("participants", DataTypes.createArrayType(DataTypes.StringType, false)).add("place", DataTypes.StringType);

    /** Sorts after every ISO date: undated articles come last. */
    static final String UNDATED = "~";

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType).add("source", DataTypes.StringType).add("position", DataTypes.IntegerType)
            .add("title", DataTypes.StringType).add("text", DataTypes.StringType).add("published", DataTypes.DateType)
            .add("outlet", DataTypes.StringType).add("entities", DataTypes.createArrayType(DataTypes.StringType, false))
            .add("lead_events", DataTypes.createArrayType(LEAD_EVENT, false))
            .add("day", DataTypes.IntegerType).add("key", DataTypes.StringType);

    private StoryInputs() {
    }

    /** From a row of {@link AnalyzedRows#ANALYZED}. */
    static Row fromAnalyzed(Row a) {
        List<String> paragraphs = a.getList(a.fieldIndex("paragraphs"));
        Set<String> entities = new LinkedHashSet<>();
        List<Row> found = a.getList(a.fieldIndex("entities"));
        for (Row e : found) {
            entities.add(e.getString(0));
        }
        List<LeadEvent> lead = new ArrayList<>();
        for (Row f : a.<Row>getList(a.fieldIndex("events"))) {
            LeadEvent.add(lead, f.getString(f.fieldIndex("type")), f.getInt(f.fieldIndex("start")),
                    f.getList(f.fieldIndex("participants")), f.getString(f.fieldIndex("place")));
        }
        List<Row> leadRows = new ArrayList<>();
        for (LeadEvent e : lead) {
            leadRows.add(RowFactory.create(e.type(), e.participants().toArray(new String[0]), e.place()));
        }
        java.sql.Date published = a.getDate(a.fieldIndex("published"));
        String id = a.getString(a.fieldIndex("id"));
        return RowFactory.create(id, a.getString(a.fieldIndex("source")), a.getInt(a.fieldIndex("position")),
                a.getString(a.fieldIndex("title")), String.join("\n", paragraphs), published,
                a.getString(a.fieldIndex("outlet")), entities.toArray(new String[0]), leadRows.toArray(new Row[0]),
                published == null ? null : (int) published.toLocalDate().toEpochDay(), key(published, id));
    }

    static String key(java.sql.Date published, String id) {
        return (published == null ? UNDATED : published.toLocalDate().toString()) + " " + id;
    }

    /** The article id in a {@link #key}. */
    static String idOfKey(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    /** From a row of {@link #SCHEMA} (or any row with its fields). */
    static StoryArticle article(Row r) {
        java.sql.Date published = r.getDate(r.fieldIndex("published"));
        LocalDate day = published == null ? null : published.toLocalDate();
        // No entity ids, as in the store and the evaluated configuration: fed to the clusterer they
        // merge far too much (pairwise F1 0.914 -> 0.650 on the labelled SaudiNewsNet set).
        List<String> entities = List.of();
        List<LeadEvent> lead = new ArrayList<>();
        for (Row e : r.<Row>getList(r.fieldIndex("lead_events"))) {
            lead.add(new LeadEvent(e.getString(0), e.getList(1), e.getString(2)));
        }
        return new StoryArticle(r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("source")),
                r.getInt(r.fieldIndex("position")), r.getString(r.fieldIndex("title")), r.getString(r.fieldIndex("text")),
                day, r.getString(r.fieldIndex("outlet")), entities, lead);
    }
}

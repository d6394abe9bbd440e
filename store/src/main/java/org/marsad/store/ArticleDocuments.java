package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.store.codec.JsonCodec;

/** An analyzed article as a Lucene document: what is searched, filtered, faceted and stored. */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static Document of(AnalyzedArticle analyzed, String page, String pageHash) {
        Article a = analyzed.article();
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        d.add(new StringField(Fields.PAGE, page, Field.Store.YES));
        d.add(new StoredField(Fields.PAGE_HASH, pageHash));
        if (a.outlet() != null) {
            d.add(new StringField(Fields.OUTLET, a.outlet(), Field.Store.NO));
            d.add(new SortedSetDocValuesField(Fields.OUTLET, new BytesRef(a.outlet())));
        }
        Set<String> seen = new HashSet<>();
        for (ArticleEntity e : analyzed.entities()) {
            if (seen.add(e.entity().id())) {
                d.add(new StringField(Fields.ENTITIES, e.entity().id(), Field.Store.NO));
                d.add(new SortedSetDocValuesField(Fields.ENTITIES, new BytesRef(e.entity().id())));
            }
        }
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            d.add(new LongPoint(Fields.PUBLISHED, day));
            d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
            d.add(new SortedSetDocValuesField(Fields.MONTH, new BytesRef(a.published().toString().substring(0, 7))));
        } else {
            // Lucene wants one schema per field: the undated get the point too, at a value no range reaches
            d.add(new LongPoint(Fields.PUBLISHED, Fields.UNDATED));
            d.add(new NumericDocValuesField(Fields.PUBLISHED, Fields.UNDATED));
        }
        if (a.title() != null) {
            d.add(new TextField(Fields.TITLE, a.title(), Field.Store.NO));
        }
        d.add(new TextField(Fields.TEXT, a.text(), Field.Store.NO));
        d.add(StoredDocuments.field(JsonCodec.article(analyzed)));
        d.add(HitValues.brief(JsonCodec.articleRef(DerivedViews.ref(a, null)).toString()));
        d.add(HitValues.text(Fields.HIT_BODY, a.text()));
        d.add(new NumericDocValuesField(Fields.EVENT_COUNT, analyzed.events().size()));
        StringBuilder mentions = new StringBuilder();
        for (ArticleEntity e : analyzed.entities()) {
            for (var m : e.mentions()) {
                mentions.append(e.entity().id()).append(' ').append(m.start()).append(' ').append(m.end()).append(' ');
            }
        }
        d.add(HitValues.text(Fields.HIT_MENTIONS, mentions.toString()));
        return d;
    }
}

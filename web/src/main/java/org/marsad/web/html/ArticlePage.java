package org.marsad.web.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.EntityMention;
import org.marsad.event.EventFrame;
import org.marsad.store.RelatedArticle;
import org.marsad.store.StoreView;
import org.marsad.store.StoredArticle;
import org.marsad.time.TimeExpression;

/**
 * One article: its clean text with the entities it names linked, its metadata, the times and events
 * found in it, and the provenance of every block of its page (where, what it was judged, why).
 */
final class ArticlePage {

    private static final int MAX_VARIANTS_LISTED = 6;
    private static final int RELATED_ARTICLES = 5;

    private final StoreView store;
    private final Labels labels;

    ArticlePage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(StoredArticle stored) {
        AnalyzedArticle analyzed = stored.analyzed();
        Article a = analyzed.article();
        String title = a.title() == null ? Fragments.UNTITLED : a.title();
        EntityNames names = new EntityNames(store);
        for (ArticleEntity e : analyzed.entities()) {
            names.know(e.entity().id(), e.entity().name());
        }
        return Layout.page(title, Layout.Section.NONE, null, h -> {
            h.open("article", "class", "article");
            h.open("header", "class", "page-head");
            if (a.outlet() != null) {
                h.element("p", a.outlet(), "class", "kicker");
            }
            h.element("h1", title);
            h.open("p", "class", "meta");
            Fragments.date(h, a.published(), labels);
            if (a.byline() != null) {
                h.text(" · ");
                h.element("span", a.byline(), "class", "byline");
            }
            h.close();
            h.close();
            h.open("div", "class", "article-layout");
            h.open("div", "class", "article-body");
            body(h, a, analyzed.entities());
            captions(h, a.captions());
            related(h, a.related());
            relatedArticles(h, store.related(a.id(), RELATED_ARTICLES));
            h.close();
            h.open("aside", "class", "article-aside");
            metadata(h, a, stored.story());
            entities(h, analyzed.entities());
            h.close();
            h.close();
            times(h, analyzed.times());
            events(h, analyzed.events(), names);
            provenance(h, a.blocks());
            h.close();
        });
    }

    /** The paragraphs, each mention of an entity a link to its page; text between mentions as written. */
    private static void body(Html h, Article a, List<ArticleEntity> entities) {
        if (a.paragraphs().isEmpty()) {
            Fragments.empty(h, "لا نص لهذا المقال.");
            return;
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (ArticleEntity e : entities) {
            mentions.addAll(e.mentions());
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(m -> -m.end()));
        int paragraphStart = 0;
        int next = 0;
        for (String paragraph : a.paragraphs()) {
            int paragraphEnd = paragraphStart + paragraph.length();
            h.open("p");
            int written = 0; // chars of the paragraph written so far
            while (next < mentions.size() && mentions.get(next).start() < paragraphEnd) {
                EntityMention m = mentions.get(next++);
                int start = m.start() - paragraphStart;
                int end = m.end() - paragraphStart;
                // A mention that overlaps one already linked, or crosses a paragraph break, stays plain text.
                if (start < written || end < start || end > paragraph.length()) {
                    continue;
                }
                h.text(paragraph.substring(written, start));
                h.element("a", paragraph.substring(start, end), "href", Links.entity(m.entity().id()),
                        "class", "mention type-" + Fragments.cssToken(m.entity().type().name()));
                written = end;
            }
            h.text(paragraph.substring(written));
            h.close();
            paragraphStart = paragraphEnd + 1; // the newline that joins paragraphs in Article.text()
        }
    }

    private static void captions(Html h, List<String> captions) {
        if (captions.isEmpty()) {
            return;
        }
        h.open("section", "class", "captions", "aria-label", "تعليقات الصور");
        for (String c : captions) {
            h.element("p", c, "class", "caption");
        }
        h.close();
    }

    private static void related(Html h, List<String> related) {
        if (related.isEmpty()) {
            return;
        }
        h.open("section", "class", "related");
        h.element("h2", "عناوين ذات صلة ذكرتها الصفحة");
        h.open("ul");
        for (String r : related) {
            h.element("li", r);
        }
        h.close();
        h.close();
    }

    private void metadata(Html h, Article a, String story) {
        h.element("h2", "بيانات المقال");
        h.open("dl", "class", "metadata");
        row(h, "المصدر", a.outlet());
        if (a.published() != null) {
            String from = labels.of("date-source", a.publishedFrom());
            row(h, "تاريخ النشر", labels.day(a.published()) + (from == null ? "" : " (" + from + ")"));
        }
        row(h, "القسم", a.section());
        row(h, "الكاتب", a.byline());
        row(h, "الوكالات", a.agencies().isEmpty() ? null : String.join("، ", a.agencies()));
        row(h, "الوسوم", a.tags().isEmpty() ? null : String.join("، ", a.tags()));
        row(h, "موضعه في الصفحة", labels.of("role", a.role().jsonName()) + " (" + a.position() + ")");
        h.element("dt", "الصفحة");
        h.open("dd", "class", "source");
        if (Links.isWebAddress(a.source())) {
            h.element("a", a.source(), "href", a.source(), "rel", "noopener noreferrer nofollow", "dir", "ltr");
        } else {
            h.element("code", a.source(), "dir", "ltr");
        }
        h.close();
        if (story != null) {
            h.element("dt", "القصة");
            h.open("dd");
            h.element("a", "كل مصادر هذه القصة", "href", Links.story(story));
            h.close();
        }
        h.close();
    }

    /** Articles of other stories like this one, each with why: the entities and words they share. */
    private void relatedArticles(Html h, List<RelatedArticle> related) {
        if (related.isEmpty()) {
            return;
        }
        h.open("section", "class", "related-articles");
        h.element("h2", "مقالات قريبة من قصص أخرى");
        h.open("ul", "class", "article-list");
        for (RelatedArticle r : related) {
            h.open("li");
            h.element("a", r.article().title() == null ? Fragments.UNTITLED : r.article().title(),
                    "href", Links.article(r.article().id()));
            h.open("span", "class", "meta");
            if (r.article().outlet() != null) {
                h.element("span", r.article().outlet(), "class", "outlet");
            }
            Fragments.date(h, r.article().published(), labels);
            h.close();
            List<String> reasons = new ArrayList<>();
            if (!r.sharedEntities().isEmpty()) {
                reasons.add("يذكر " + String.join("، ", r.sharedEntities()));
            }
            if (!r.sharedWords().isEmpty()) {
                reasons.add("كلمات مشتركة: " + String.join("، ", r.sharedWords()));
            }
            if (!reasons.isEmpty()) {
                h.element("span", String.join(" · ", reasons), "class", "reason");
            }
            h.close();
        }
        h.close();
        h.close();
    }

    private static void row(Html h, String label, String value) {
        if (value == null) {
            return;
        }
        h.element("dt", label);
        h.element("dd", value);
    }

    private void entities(Html h, List<ArticleEntity> entities) {
        h.element("h2", "الكيانات");
        if (entities.isEmpty()) {
            Fragments.empty(h, "لم يُتعرَّف على كيانات.");
            return;
        }
        h.open("ul", "class", "entity-list compact");
        for (ArticleEntity e : entities) {
            h.open("li", "class", "type-" + Fragments.cssToken(e.entity().type().name()));
            h.element("a", e.entity().name(), "href", Links.entity(e.entity().id()), "class", "entity-name");
            h.element("span", labels.of("entity-type", e.entity().type().name()), "class", "badge");
            Set<String> spellings = new LinkedHashSet<>();
            for (EntityMention m : e.mentions()) {
                spellings.add(m.text());
            }
            h.element("span", e.mentions().size() + " ذكر: "
                    + String.join(" / ", spellings.stream().limit(MAX_VARIANTS_LISTED).toList()), "class", "variants");
            h.close();
        }
        h.close();
    }

    private void times(Html h, List<TimeExpression> times) {
        h.open("section", "class", "panel", "aria-labelledby", "times");
        h.element("h2", "التعابير الزمنية", "id", "times");
        if (times.isEmpty()) {
            Fragments.empty(h, "لم يُعثر على تعابير زمنية.");
        } else {
            h.open("table", "class", "times");
            h.open("thead").open("tr");
            h.element("th", "النص", "scope", "col");
            h.element("th", "النوع", "scope", "col");
            h.element("th", "القيمة", "scope", "col");
            h.close().close();
            h.open("tbody");
            for (TimeExpression t : times) {
                h.open("tr");
                h.element("td", t.text());
                h.element("td", labels.of("time-type", t.type()));
                h.open("td");
                h.element("span", labels.timexDate(t.value()));
                h.text(" ");
                h.element("code", t.value(), "dir", "ltr");
                h.close();
                h.close();
            }
            h.close();
            h.close();
        }
        h.close();
    }

    private void events(Html h, List<EventFrame> events, EntityNames names) {
        h.open("section", "class", "panel", "aria-labelledby", "events");
        h.element("h2", "الأحداث", "id", "events");
        if (events.isEmpty()) {
            Fragments.empty(h, "لم تُستخرج أحداث من هذا المقال.");
        } else {
            h.open("ol", "class", "events");
            for (EventFrame e : events) {
                h.open("li", "class", "event status-" + e.status().jsonName());
                h.open("p", "class", "event-head");
                h.element("span", e.date() == null ? Fragments.UNDATED : labels.timexDate(e.date()), "class", "date");
                h.element("span", labels.of("event-type", e.type().jsonName()), "class", "event-type");
                h.element("span", labels.of("event-status", e.status().jsonName()), "class", "event-status");
                h.open("span", "class", "who");
                for (String id : e.participants()) {
                    h.element("a", names.of(id), "href", Links.entity(id));
                    h.text(" ");
                }
                if (e.place() != null) {
                    h.text("في ");
                    h.element("a", names.of(e.place()), "href", Links.entity(e.place()));
                }
                h.close();
                h.close();
                h.element("q", e.sentence());
                h.close();
            }
            h.close();
        }
        h.close();
    }

    private void provenance(Html h, List<Block> blocks) {
        h.open("section", "class", "panel provenance", "aria-labelledby", "provenance");
        h.element("h2", "مصدر كل كتلة في الصفحة", "id", "provenance");
        if (blocks.isEmpty()) {
            Fragments.empty(h, "لم تُحفظ كتل الصفحة لهذا المقال.");
            h.close();
            return;
        }
        h.open("details");
        h.element("summary", blocks.size() + " كتلة: موضعها في الصفحة، وما حُكم عليها به، ولماذا");
        h.open("div", "class", "table-scroll");
        h.open("table", "class", "blocks");
        h.open("thead").open("tr");
        h.element("th", "الموضع", "scope", "col");
        h.element("th", "التصنيف", "scope", "col");
        h.element("th", "السبب", "scope", "col");
        h.element("th", "النص", "scope", "col");
        h.close().close();
        h.open("tbody");
        for (Block b : blocks) {
            h.open("tr", "class", "label-" + Fragments.cssToken(b.label().jsonName()));
            h.open("td", "class", "where");
            if (b.path() != null) {
                h.element("code", b.path(), "dir", "ltr");
            } else {
                h.text("سطر " + b.line());
            }
            h.close();
            h.open("td");
            h.text(labels.of("block-label", b.label().jsonName()) + " ");
            h.element("code", b.label().jsonName(), "dir", "ltr");
            h.close();
            h.element("td", b.reason(), "dir", "auto");
            h.element("td", b.text(), "class", "block-text");
            h.close();
        }
        h.close();
        h.close();
        h.close();
        h.close();
        h.close();
    }
}

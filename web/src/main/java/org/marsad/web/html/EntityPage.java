package org.marsad.web.html;

import org.marsad.entity.Entity;
import org.marsad.event.TimelineEvent;
import org.marsad.store.EntityCount;
import org.marsad.store.EntityView;
import org.marsad.store.StoreView;
import org.marsad.store.VariantCount;

import java.util.List;

/** One entity: its spellings, its timeline, the entities named beside it and its articles. */
final class EntityPage {

    private final StoreView store;
    private final Labels labels;

    EntityPage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(EntityView view) {
        Entity e = view.summary().entity();
        List<TimelineEvent> events = store.timeline(List.of(e.id()));
        EntityNames names = new EntityNames(store).know(e.id(), e.name());
        for (EntityCount c : view.cooccurring()) {
            names.know(c.id(), c.name());
        }
        return Layout.page(e.name(), Layout.Section.ENTITIES, null, h -> {
            h.open("header", "class", "page-head");
            h.element("p", labels.of("entity-type", e.type().name()), "class", "kicker type-" + Fragments.cssToken(e.type().name()));
            h.element("h1", e.name());
            h.open("p", "class", "meta");
            if (e.nameEn() != null) {
                h.element("span", e.nameEn(), "lang", "en", "dir", "ltr");
                h.text(" · ");
            }
            h.text(view.summary().articles() + " مقال");
            if (!e.discovered()) {
                h.text(" · " + e.subtype());
            } else {
                h.text(" · اكتُشف في النصوص");
            }
            if (e.wikidata() != null) {
                h.text(" · ");
                h.element("span", e.wikidata(), "lang", "en", "dir", "ltr");
            }
            h.close();
            h.close();

            h.open("div", "class", "columns");
            h.open("section", "class", "panel", "aria-labelledby", "variants");
            h.element("h2", "طرق كتابة الاسم في المقالات", "id", "variants");
            variants(h, view.summary().variants());
            h.close();
            h.open("section", "class", "panel", "aria-labelledby", "cooccurring");
            h.element("h2", "كيانات تُذكر معه", "id", "cooccurring");
            Fragments.entityChips(h, view.cooccurring(), labels, "لا كيانات أخرى في مقالاته.");
            h.close();
            h.close();

            h.open("section", "class", "panel", "aria-labelledby", "timeline");
            h.element("h2", "الخط الزمني", "id", "timeline");
            new TimelineView(labels, names).write(h, events);
            h.close();

            h.open("section", "class", "panel", "aria-labelledby", "articles");
            Fragments.heading(h, "h2", "articles", "المقالات", view.articles().size());
            Fragments.articleList(h, view.articles(), labels, "لا مقالات.");
            h.close();
        });
    }

    private static void variants(Html h, List<VariantCount> variants) {
        if (variants.isEmpty()) {
            Fragments.empty(h, "لم تُسجَّل طرق كتابة.");
            return;
        }
        h.open("table", "class", "variants");
        h.open("thead").open("tr");
        h.element("th", "الكتابة", "scope", "col");
        h.element("th", "مرات الذكر", "scope", "col");
        h.close().close();
        h.open("tbody");
        for (VariantCount v : variants) {
            h.open("tr");
            h.element("td", v.text());
            h.element("td", Integer.toString(v.count()), "class", "num");
            h.close();
        }
        h.close();
        h.close();
    }
}

package org.marsad.web.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.entity.EntityType;
import org.marsad.store.EntitySummary;
import org.marsad.store.StoreView;
import org.marsad.store.VariantCount;
import org.marsad.web.Parameters;

/** The entities, most named first, filtered by type, a page at a time. */
final class EntitiesPage {

    private static final int PAGE = 40;
    private static final int VARIANTS_SHOWN = 4;

    private final StoreView store;
    private final Labels labels;

    EntitiesPage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(Parameters params) {
        EntityType type = params.entityType();
        int offset = params.offset();
        List<EntitySummary> entities = store.entities(type, offset, PAGE + 1);
        boolean more = entities.size() > PAGE;
        List<EntitySummary> shown = more ? entities.subList(0, PAGE) : entities;
        return Layout.page("الكيانات", Layout.Section.ENTITIES, null, h -> {
            h.element("h1", "الكيانات");
            h.element("p", "الأشخاص والأماكن والمنظمات التي تذكرها المقالات، كل كيان مرة واحدة مهما اختلفت كتابة اسمه.",
                    "class", "lead");
            typeFilter(h, type);
            entityList(h, shown, labels);
            Map<String, List<String>> keep = new LinkedHashMap<>();
            if (type != null) {
                keep.put("type", List.of(type.name()));
            }
            Pager.write(h, Links.ENTITIES, keep, offset, PAGE, more);
        });
    }

    private void typeFilter(Html h, EntityType current) {
        h.open("nav", "class", "filters", "aria-label", "نوع الكيان");
        h.element("a", "الكل", "href", Links.ENTITIES, "aria-current", current == null ? "page" : null);
        for (EntityType t : EntityType.values()) {
            h.element("a", labels.of("entity-type", t.name()), "href", Links.ENTITIES + "?type=" + t.name(),
                    "aria-current", t == current ? "page" : null);
        }
        h.close();
    }

    /** Entities as a list: name link, type, article count, the most used spellings. */
    static void entityList(Html h, List<EntitySummary> entities, Labels labels) {
        if (entities.isEmpty()) {
            Fragments.empty(h, "لا كيانات بعد.");
            return;
        }
        h.open("ul", "class", "entity-list");
        for (EntitySummary s : entities) {
            h.open("li", "class", "type-" + Fragments.cssToken(s.entity().type().name()));
            h.element("a", s.entity().name(), "href", Links.entity(s.entity().id()), "class", "entity-name");
            h.element("span", labels.of("entity-type", s.entity().type().name()), "class", "badge");
            h.element("span", s.articles() + " مقال", "class", "meta");
            List<VariantCount> variants = s.variants().stream()
                    .filter(v -> !v.text().equals(s.entity().name())).limit(VARIANTS_SHOWN).toList();
            if (!variants.isEmpty()) {
                h.element("span", String.join(" / ", variants.stream().map(VariantCount::text).toList()), "class", "variants");
            }
            h.close();
        }
        h.close();
    }
}

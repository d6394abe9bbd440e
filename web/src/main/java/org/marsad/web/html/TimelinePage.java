package org.marsad.web.html;

import java.util.List;

import org.marsad.entity.Entity;
import org.marsad.store.StoreView;
import org.marsad.web.Parameters;
import org.marsad.web.TimelineQuery;

/** The timeline of one or more entities, named by id or by any spelling; without one, every event. */
final class TimelinePage {

    private final StoreView store;
    private final Labels labels;

    TimelinePage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(Parameters params) {
        List<String> asked = params.all("entity");
        TimelineQuery timeline = TimelineQuery.run(store, asked);
        EntityNames names = new EntityNames(store);
        for (Entity e : timeline.entities()) {
            names.know(e.id(), e.name());
        }
        String who = String.join("، ", timeline.entities().stream().map(Entity::name).toList());
        return Layout.page(who.isEmpty() ? "الخط الزمني" : "الخط الزمني: " + who, Layout.Section.TIMELINE, null, h -> {
            h.element("h1", who.isEmpty() ? "الخط الزمني لكل الأحداث" : "الخط الزمني: " + who);
            h.open("form", "class", "search-form", "action", Links.TIMELINE, "method", "get");
            h.open("div", "class", "field wide");
            h.element("label", "كيان (بأي طريقة كتابة)", "for", "entity");
            h.empty("input", "type", "search", "id", "entity", "name", "entity", "maxlength", "200",
                    "value", asked.isEmpty() ? null : asked.get(0), "placeholder", "بوتن، كيم جونج أون، موسكو…");
            h.close();
            h.element("button", "اعرض", "type", "submit");
            h.close();
            if (!timeline.entities().isEmpty()) {
                h.open("p", "class", "meta");
                h.text("الأحداث التي يشارك فيها: ");
                for (Entity e : timeline.entities()) {
                    h.element("a", e.name(), "href", Links.entity(e.id()), "class", "chip-link");
                    h.text(" ");
                }
                h.close();
            }
            new TimelineView(labels, names).write(h, timeline.events());
        });
    }
}

package org.marsad.web.html;

import java.util.List;

import org.marsad.store.EntitySummary;
import org.marsad.store.Hit;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreStats;
import org.marsad.store.StoreView;
import org.marsad.store.StoryView;

/** The home page: what the store holds, the latest stories, the most named entities, the newest articles. */
final class HomePage {

    private static final int STORIES = 8;
    private static final int ENTITIES = 16;
    private static final int ARTICLES = 8;

    private final StoreView store;
    private final Labels labels;

    HomePage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render() throws QuerySyntaxException {
        StoreStats stats = store.stats();
        List<StoryView> stories = store.stories(0, STORIES);
        List<EntitySummary> entities = store.entities(null, 0, ENTITIES);
        List<Hit> latest = store.search(new SearchRequest("", "article", List.of(), List.of(), null, null, null,
                SearchRequest.Sort.DATE, 0, ARTICLES)).hits();
        return Layout.page(null, Layout.Section.HOME, null, h -> {
            h.element("h1", "مرصد الأخبار العربية");
            h.element("p", "المقالات نظيفة من حشو الصفحات، والقصص كما روتها المصادر المختلفة، والأشخاص والأماكن "
                    + "والمنظمات بكل طرق كتابتها، والأحداث على خط زمني مع مصادرها.", "class", "lead");
            counts(h, stats);
            h.open("div", "class", "columns");
            h.open("section", "class", "panel", "aria-labelledby", "latest-stories");
            h.element("h2", "أحدث القصص", "id", "latest-stories");
            StoriesPage.storyList(h, stories, labels);
            h.element("a", "كل القصص ←", "href", Links.STORIES, "class", "more");
            h.close();
            h.open("section", "class", "panel", "aria-labelledby", "top-entities");
            h.element("h2", "أبرز الكيانات", "id", "top-entities");
            EntitiesPage.entityList(h, entities, labels);
            h.element("a", "كل الكيانات ←", "href", Links.ENTITIES, "class", "more");
            h.close();
            h.close();
            h.open("section", "class", "panel", "aria-labelledby", "latest-articles");
            h.element("h2", "أحدث المقالات", "id", "latest-articles");
            SearchPage.hitList(h, latest, labels, "لا مقالات في المخزن بعد.");
            h.close();
        });
    }

    private static void counts(Html h, StoreStats stats) {
        h.open("dl", "class", "counts");
        count(h, "مقالات", stats.articles());
        count(h, "قصص", stats.stories());
        count(h, "كيانات", stats.entities());
        count(h, "أحداث", stats.events());
        h.close();
    }

    private static void count(Html h, String label, long n) {
        h.open("div");
        h.element("dt", label);
        h.element("dd", Long.toString(n));
        h.close();
    }
}

package org.marsad.web.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.marsad.article.Article;
import org.marsad.dedup.Duplicate;
import org.marsad.event.EventSource;
import org.marsad.event.TimelineEvent;
import org.marsad.store.ArticleRef;
import org.marsad.store.EntityCount;
import org.marsad.store.StoreView;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoryView;
import org.marsad.story.Story;

/**
 * One story: its summary, every source side by side (outlet, date, headline, opening paragraphs),
 * the entities it names, its timeline and which articles repeat which.
 */
final class StoryPage {

    /** Sources shown side by side; a wire story republished by fifty sites lists the rest by headline. */
    static final int MAX_SIDE_BY_SIDE = 12;
    private static final int OPENING_PARAGRAPHS = 3;
    /** The story's timeline gathers the events of its most named entities, kept when a story article tells them. */
    private static final int TIMELINE_ENTITIES = 4;

    private final StoreView store;
    private final Labels labels;

    StoryPage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(StoryView view) {
        Story s = view.story();
        EntityNames names = new EntityNames(store);
        for (EntityCount c : view.entities()) {
            names.know(c.id(), c.name());
        }
        List<TimelineEvent> events = timeline(view);
        String title = s.title() == null ? "قصة بلا عنوان" : s.title();
        return Layout.page(title, Layout.Section.STORIES, null, h -> {
            h.open("header", "class", "page-head");
            h.element("p", "قصة", "class", "kicker");
            h.element("h1", title);
            h.open("p", "class", "meta");
            h.text(StoriesPage.dateRange(s, labels) + " · " + view.articles().size() + " مقال · "
                    + s.outlets().size() + " مصدر");
            h.close();
            h.close();

            h.open("section", "class", "panel", "aria-labelledby", "summary");
            h.element("h2", "الملخص", "id", "summary");
            if (s.summary().isEmpty()) {
                Fragments.empty(h, "لا ملخص لهذه القصة.");
            } else {
                h.open("ul", "class", "summary");
                for (String sentence : s.summary()) {
                    h.element("li", sentence);
                }
                h.close();
            }
            // the tags, as the articles write them; the top terms are matching keys, not for reading
            if (!view.tags().isEmpty()) {
                h.open("p", "class", "terms");
                h.text("كلمات دلالية: ");
                for (String tag : view.tags()) {
                    h.element("span", tag, "class", "term");
                }
                h.close();
            }
            h.close();

            h.open("section", "class", "panel", "aria-labelledby", "sources");
            Fragments.heading(h, "h2", "sources", "المصادر جنبًا إلى جنب", view.articles().size());
            sideBySide(h, view.articles());
            h.close();

            h.open("div", "class", "columns");
            h.open("section", "class", "panel", "aria-labelledby", "entities");
            h.element("h2", "الكيانات", "id", "entities");
            Fragments.entityChips(h, view.entities(), labels, "لم يُتعرَّف على كيانات في هذه القصة.");
            h.close();
            h.open("section", "class", "panel", "aria-labelledby", "duplicates");
            h.element("h2", "التكرار بين المصادر", "id", "duplicates");
            duplicates(h, s.duplicates(), view.articles());
            h.close();
            h.close();

            h.open("section", "class", "panel", "aria-labelledby", "timeline");
            h.element("h2", "الخط الزمني", "id", "timeline");
            new TimelineView(labels, names).write(h, events);
            h.close();
        });
    }

    private void sideBySide(Html h, List<ArticleRef> articles) {
        h.open("div", "class", "side-by-side");
        for (ArticleRef ref : articles.subList(0, Math.min(MAX_SIDE_BY_SIDE, articles.size()))) {
            Optional<StoredArticle> stored = store.article(ref.id());
            h.open("article", "class", "source-card");
            h.open("header");
            h.element("p", ref.outlet() == null ? "مصدر غير معروف" : ref.outlet(), "class", "outlet");
            Fragments.date(h, ref.published(), labels);
            h.open("h3");
            h.element("a", ref.title() == null ? Fragments.UNTITLED : ref.title(), "href", Links.article(ref.id()));
            h.close();
            h.close();
            if (stored.isPresent()) {
                Article a = stored.get().analyzed().article();
                for (String paragraph : a.paragraphs().subList(0, Math.min(OPENING_PARAGRAPHS, a.paragraphs().size()))) {
                    h.element("p", paragraph);
                }
                if (a.paragraphs().size() > OPENING_PARAGRAPHS) {
                    h.element("a", "المقال كاملًا ←", "href", Links.article(ref.id()), "class", "more");
                }
            }
            h.close();
        }
        h.close();
        if (articles.size() > MAX_SIDE_BY_SIDE) {
            h.element("h3", "بقية المقالات");
            Fragments.articleList(h, articles.subList(MAX_SIDE_BY_SIDE, articles.size()), labels, "");
        }
    }

    private static void duplicates(Html h, List<Duplicate> duplicates, List<ArticleRef> articles) {
        if (duplicates.isEmpty()) {
            Fragments.empty(h, "لا مقال في هذه القصة يكرر غيره.");
            return;
        }
        h.open("ul", "class", "duplicates");
        for (Duplicate d : duplicates) {
            h.open("li");
            h.element("a", name(d.id(), articles), "href", Links.article(d.id()));
            h.text(d.exact() ? " نسخة مطابقة من " : " يكرر " );
            h.element("a", name(d.original(), articles), "href", Links.article(d.original()));
            h.text(String.format(java.util.Locale.ROOT, " (تشابه %.0f٪%s)", d.similarity() * 100,
                    d.wireCopy() ? "، نص وكالة" : ""));
            h.close();
        }
        h.close();
    }

    private static String name(String articleId, List<ArticleRef> articles) {
        for (ArticleRef a : articles) {
            if (a.id().equals(articleId)) {
                return a.outlet() != null ? a.outlet() : a.title() != null ? a.title() : articleId;
            }
        }
        return articleId;
    }

    /**
     * The events one of the story's articles tells, from the timelines of its most named entities
     * (the store merges events across articles by entity; a story's own timeline is that, kept to
     * its articles).
     */
    private List<TimelineEvent> timeline(StoryView view) {
        Set<String> articleIds = new HashSet<>();
        for (ArticleRef a : view.articles()) {
            articleIds.add(a.id());
        }
        Set<TimelineEvent> events = new LinkedHashSet<>();
        for (EntityCount e : view.entities().subList(0, Math.min(TIMELINE_ENTITIES, view.entities().size()))) {
            for (TimelineEvent event : store.timeline(List.of(e.id()))) {
                if (event.sources().stream().map(EventSource::article).anyMatch(articleIds::contains)) {
                    events.add(event);
                }
            }
        }
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(TimelineOrder.BY_DATE);
        return sorted;
    }
}

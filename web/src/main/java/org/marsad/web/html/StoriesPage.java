package org.marsad.web.html;

import java.util.List;
import java.util.Map;

import org.marsad.store.StoreView;
import org.marsad.store.StoryView;
import org.marsad.story.Story;
import org.marsad.web.Parameters;

/** The list of stories, latest first, a page at a time. */
final class StoriesPage {

    private static final int PAGE = 20;

    private final StoreView store;
    private final Labels labels;

    StoriesPage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(Parameters params) {
        int offset = params.offset();
        List<StoryView> stories = store.stories(offset, PAGE + 1);
        boolean more = stories.size() > PAGE;
        List<StoryView> shown = more ? stories.subList(0, PAGE) : stories;
        return Layout.page("القصص", Layout.Section.STORIES, null, h -> {
            Fragments.heading(h, "h1", null, "القصص", store.stats().stories());
            h.element("p", "القصة مجموعة مقالات تروي الحدث نفسه عبر المصادر والأيام.", "class", "lead");
            storyList(h, shown, labels);
            Pager.write(h, Links.STORIES, Map.of(), offset, PAGE, more);
        });
    }

    /** Stories as a list: headline link, dates, outlets, how many articles. */
    static void storyList(Html h, List<StoryView> stories, Labels labels) {
        if (stories.isEmpty()) {
            Fragments.empty(h, "لا قصص بعد: تظهر القصص حين تُجمع المقالات التي تروي الحدث نفسه.");
            return;
        }
        h.open("ul", "class", "story-list");
        for (StoryView v : stories) {
            Story s = v.story();
            h.open("li");
            h.element("a", s.title() == null ? "قصة بلا عنوان" : s.title(), "href", Links.story(s.id()), "class", "story-title");
            h.open("span", "class", "meta");
            h.text(dateRange(s, labels));
            h.text(" · " + v.articles().size() + " مقال");
            if (!s.outlets().isEmpty()) {
                h.text(" · " + String.join("، ", s.outlets()));
            }
            h.close();
            h.close();
        }
        h.close();
    }

    static String dateRange(Story s, Labels labels) {
        if (s.first() == null) {
            return Fragments.UNDATED;
        }
        if (s.last() == null || s.last().equals(s.first())) {
            return labels.day(s.first());
        }
        return labels.day(s.first()) + " – " + labels.day(s.last());
    }
}

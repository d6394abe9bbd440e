package org.marsad.web.html;

import java.util.function.Consumer;

/**
 * The frame of every page: a right-to-left Arabic document with the site's header, navigation,
 * search box and footer around the page's own content. No script, no inline style: the one
 * stylesheet is linked from {@link Links#STYLESHEET}.
 */
final class Layout {

    static final String SITE_NAME = "مرصد";
    private static final String TAGLINE = "مرصد الأخبار العربية";

    /** The sections of the navigation bar, in reading order. */
    enum Section {
        HOME(Links.HOME, "الرئيسية"),
        SEARCH(Links.SEARCH, "بحث"),
        STORIES(Links.STORIES, "القصص"),
        ENTITIES(Links.ENTITIES, "الكيانات"),
        TIMELINE(Links.TIMELINE, "الخط الزمني"),
        NONE(null, null);

        final String href;
        final String label;

        Section(String href, String label) {
            this.href = href;
            this.label = label;
        }
    }

    private Layout() {
    }

    /**
     * A whole page.
     *
     * @param title   the page's own title, shown in the browser tab before the site's name
     * @param current the navigation section to mark as current
     * @param query   the search query to show in the header's search box, or null
     * @param content writes the content of {@code main}
     */
    static String page(String title, Section current, String query, Consumer<Html> content) {
        Html h = new Html();
        h.open("html", "lang", "ar", "dir", "rtl");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.element("title", title == null || title.isEmpty() ? TAGLINE : title + " — " + SITE_NAME);
        h.empty("link", "rel", "stylesheet", "href", Links.STYLESHEET);
        h.empty("link", "rel", "icon", "href", "data:,"); // no favicon request, no 404 in the log
        h.close();
        h.open("body");
        header(h, current, query);
        h.open("main", "id", "main");
        content.accept(h);
        h.close();
        h.open("footer", "class", "site-footer");
        h.open("p").text(TAGLINE + " · ");
        h.element("a", "واجهة البرمجة (OpenAPI)", "href", "/api/openapi.json");
        h.close();
        h.close();
        h.close(); // body
        h.close(); // html
        return h.document();
    }

    private static void header(Html h, Section current, String query) {
        h.open("header", "class", "site-header");
        h.open("a", "class", "brand", "href", Links.HOME);
        h.element("span", SITE_NAME, "class", "brand-name");
        h.element("span", TAGLINE, "class", "brand-tagline");
        h.close();
        h.open("nav", "class", "site-nav", "aria-label", "التنقل الرئيسي");
        h.open("ul");
        for (Section s : Section.values()) {
            if (s.href == null) {
                continue;
            }
            h.open("li");
            h.element("a", s.label, "href", s.href, "aria-current", s == current ? "page" : null);
            h.close();
        }
        h.close();
        h.close();
        h.open("form", "class", "site-search", "role", "search", "action", Links.SEARCH, "method", "get");
        h.element("label", "ابحث في الأخبار", "for", "site-search-q", "class", "visually-hidden");
        h.empty("input", "type", "search", "id", "site-search-q", "name", "q", "value", query,
                "placeholder", "ابحث: بوتين، بيونغ يانغ، زيارة…", "autocomplete", "off", "maxlength", "1000");
        h.element("button", "بحث", "type", "submit");
        h.close();
        h.close();
    }
}

package org.marsad.web.html;

import java.time.LocalDate;
import java.util.List;

import org.marsad.store.ArticleRef;
import org.marsad.store.EntityCount;
import org.marsad.store.SnippetPart;

/** Pieces several pages share: article lists, entity chips, snippets, empty notes. */
final class Fragments {

    static final String UNTITLED = "مقال بلا عنوان";
    static final String UNDATED = "بلا تاريخ";

    private Fragments() {
    }

    /** A list of articles: headline link, outlet, date. */
    static void articleList(Html h, List<ArticleRef> articles, Labels labels, String emptyNote) {
        if (articles.isEmpty()) {
            empty(h, emptyNote);
            return;
        }
        h.open("ul", "class", "article-list");
        for (ArticleRef a : articles) {
            h.open("li");
            h.element("a", a.title() == null ? UNTITLED : a.title(), "href", Links.article(a.id()));
            h.open("span", "class", "meta");
            if (a.outlet() != null) {
                h.element("span", a.outlet(), "class", "outlet");
            }
            date(h, a.published(), labels);
            h.close();
            h.close();
        }
        h.close();
    }

    /** A {@code time} element, or the word for no date. */
    static void date(Html h, LocalDate date, Labels labels) {
        if (date == null) {
            h.element("span", UNDATED, "class", "date undated");
        } else {
            h.element("time", labels.day(date), "datetime", date.toString(), "class", "date");
        }
    }

    /** Entities as links with their counts. */
    static void entityChips(Html h, List<EntityCount> entities, Labels labels, String emptyNote) {
        if (entities.isEmpty()) {
            empty(h, emptyNote);
            return;
        }
        h.open("ul", "class", "chips");
        for (EntityCount e : entities) {
            h.open("li", "class", "chip type-" + cssToken(e.type()));
            h.element("a", e.name(), "href", Links.entity(e.id()), "title", labels.of("entity-type", e.type()));
            h.element("span", Integer.toString(e.count()), "class", "count");
            h.close();
        }
        h.close();
    }

    /** A snippet: original text, matched words in {@code mark}. */
    static void snippet(Html h, List<SnippetPart> parts) {
        if (parts.isEmpty()) {
            return;
        }
        h.open("p", "class", "snippet");
        for (SnippetPart p : parts) {
            if (p.match()) {
                h.element("mark", p.text());
            } else {
                h.text(p.text());
            }
        }
        h.close();
    }

    static void empty(Html h, String note) {
        h.element("p", note, "class", "empty");
    }

    /** A heading with a count after it; {@code id} may be null. */
    static void heading(Html h, String tag, String id, String text, long count) {
        h.open(tag, "id", id).text(text + " ");
        h.element("span", "(" + count + ")", "class", "count");
        h.close();
    }

    /** Lower-case letters, digits and hyphens only, for class names built from codes. */
    static String cssToken(String code) {
        if (code == null) {
            return "none";
        }
        StringBuilder token = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = Character.toLowerCase(code.charAt(i));
            token.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-');
        }
        return token.toString();
    }
}

package org.marsad.web.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreView;
import org.marsad.web.Parameters;

/**
 * The search page: the form, the hits with their snippets (matched words marked, the text as
 * written), and the facets as links that narrow the search by outlet, entity, month or kind.
 */
final class SearchPage {

    private static final int PAGE = 20;
    private static final List<String> FACET_ORDER = List.of("type", "outlet", "entity", "month");
    private static final int FACET_VALUES_SHOWN = 12;

    private final StoreView store;
    private final Labels labels;

    SearchPage(StoreView store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    String render(Parameters params) throws QuerySyntaxException {
        SearchRequest request = params.searchRequest(PAGE);
        SearchResult result = store.search(request);
        Map<String, List<String>> current = parameters(request);
        String title = request.query().isEmpty() ? "بحث" : "بحث: " + request.query();
        return Layout.page(title, Layout.Section.SEARCH, request.query(), h -> {
            h.element("h1", request.query().isEmpty() ? "بحث" : "نتائج البحث عن «" + request.query() + "»");
            form(h, request);
            h.open("div", "class", "search-layout");
            h.open("section", "class", "results", "aria-labelledby", "results-heading");
            h.element("h2", "النتائج: " + result.total(), "id", "results-heading");
            hitList(h, result.hits(), labels, "لا نتائج. جرّب كلمات أقل أو كتابة أخرى للاسم.");
            Pager.write(h, Links.SEARCH, current, request.offset(), request.limit(),
                    request.offset() + result.hits().size() < result.total());
            h.close();
            h.open("aside", "class", "facets", "aria-label", "تضييق البحث");
            for (String facet : FACET_ORDER) {
                List<FacetValue> values = result.facets().getOrDefault(facet, List.of());
                if (!values.isEmpty()) {
                    facet(h, facet, values, current);
                }
            }
            h.close();
            h.close();
        });
    }

    private void form(Html h, SearchRequest request) {
        h.open("form", "class", "search-form", "action", Links.SEARCH, "method", "get", "role", "search");
        h.open("div", "class", "field wide");
        h.element("label", "الاستعلام", "for", "q");
        h.empty("input", "type", "search", "id", "q", "name", "q", "value", request.query(), "maxlength", "1000",
                "placeholder", "كلمات، \"عبارة بين علامتي تنصيص\"، OR، NOT");
        h.close();
        select(h, "type", "النوع", request.type(), "article", "story", "entity");
        h.open("div", "class", "field");
        h.element("label", "الترتيب", "for", "sort");
        h.open("select", "id", "sort", "name", "sort");
        option(h, "relevance", "الأكثر صلة", request.sort() == SearchRequest.Sort.RELEVANCE);
        option(h, "date", "الأحدث", request.sort() == SearchRequest.Sort.DATE);
        h.close();
        h.close();
        dateField(h, "from", "من تاريخ", request.from());
        dateField(h, "to", "إلى تاريخ", request.to());
        for (String outlet : request.outlets()) {
            h.empty("input", "type", "hidden", "name", "outlet", "value", outlet);
        }
        for (String entity : request.entities()) {
            h.empty("input", "type", "hidden", "name", "entity", "value", entity);
        }
        if (request.story() != null) {
            h.empty("input", "type", "hidden", "name", "story", "value", request.story());
        }
        h.element("button", "ابحث", "type", "submit");
        h.close();
        activeFilters(h, request);
    }

    private void select(Html h, String name, String label, String selected, String... kinds) {
        h.open("div", "class", "field");
        h.element("label", label, "for", name);
        h.open("select", "id", name, "name", name);
        for (String kind : kinds) {
            option(h, kind, labels.of("hit-kind", kind), kind.equals(selected));
        }
        h.close();
        h.close();
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.element("option", label, "value", value, "selected", selected ? "selected" : null);
    }

    private static void dateField(Html h, String name, String label, LocalDate value) {
        h.open("div", "class", "field");
        h.element("label", label, "for", name);
        h.empty("input", "type", "date", "id", name, "name", name, "value", value == null ? null : value.toString());
        h.close();
    }

    /** The filters in force, each with a link that removes it. */
    private void activeFilters(Html h, SearchRequest request) {
        Map<String, List<String>> current = parameters(request);
        List<String[]> filters = new ArrayList<>(); // parameter, value, label
        for (String o : request.outlets()) {
            filters.add(new String[] {"outlet", o, "المصدر: " + o});
        }
        EntityNames names = new EntityNames(store);
        for (String e : request.entities()) {
            filters.add(new String[] {"entity", e, "الكيان: " + names.of(e)});
        }
        if (request.story() != null) {
            filters.add(new String[] {"story", request.story(), "القصة: " + request.story()});
        }
        if (filters.isEmpty()) {
            return;
        }
        h.open("ul", "class", "active-filters", "aria-label", "المرشحات المطبقة");
        for (String[] f : filters) {
            h.open("li");
            h.element("a", f[2] + " ✕", "href", Links.withQuery(Links.SEARCH, without(current, f[0], f[1])),
                    "title", "إزالة المرشح");
            h.close();
        }
        h.close();
    }

    /** Hits of any kind: headline link, kind, outlet and date, snippet. */
    static void hitList(Html h, List<Hit> hits, Labels labels, String emptyNote) {
        if (hits.isEmpty()) {
            Fragments.empty(h, emptyNote);
            return;
        }
        h.open("ol", "class", "hits");
        for (Hit hit : hits) {
            h.open("li", "class", "hit kind-" + Fragments.cssToken(hit.kind()));
            h.open("h3");
            String href = switch (hit.kind()) {
                case "story" -> Links.story(hit.id());
                case "entity" -> Links.entity(hit.id());
                default -> Links.article(hit.id());
            };
            h.element("a", hit.title() == null ? Fragments.UNTITLED : hit.title(), "href", href);
            h.close();
            h.open("p", "class", "meta");
            h.element("span", labels.of("hit-kind", hit.kind()), "class", "badge");
            if (hit.outlet() != null) {
                h.element("span", hit.outlet(), "class", "outlet");
            }
            if (hit.date() != null || !"entity".equals(hit.kind())) {
                Fragments.date(h, hit.date(), labels);
            }
            if (hit.story() != null) {
                h.element("a", "القصة", "href", Links.story(hit.story()), "class", "story-link");
            }
            h.close();
            Fragments.snippet(h, hit.snippet());
            h.close();
        }
        h.close();
    }

    private void facet(Html h, String facet, List<FacetValue> values, Map<String, List<String>> current) {
        h.open("section", "class", "facet facet-" + facet);
        h.element("h3", labels.of("facet", facet));
        h.open("ul");
        for (FacetValue v : values.subList(0, Math.min(FACET_VALUES_SHOWN, values.size()))) {
            boolean active = isActive(facet, v.value(), current);
            Map<String, List<String>> target = active ? without(current, facet, v.value()) : with(current, facet, v.value());
            if (target == null) {
                continue; // a month facet value that is not a month
            }
            h.open("li", "class", active ? "active" : null);
            h.element("a", label(facet, v), "href", Links.withQuery(Links.SEARCH, target),
                    "aria-current", active ? "true" : null);
            h.element("span", Long.toString(v.count()), "class", "count");
            h.close();
        }
        h.close();
        h.close();
    }

    private String label(String facet, FacetValue v) {
        return switch (facet) {
            case "type" -> labels.of("hit-kind", v.value());
            case "month" -> labels.timexDate(v.value());
            default -> v.label() != null ? v.label() : v.value();
        };
    }

    private static boolean isActive(String facet, String value, Map<String, List<String>> current) {
        return switch (facet) {
            case "month" -> {
                YearMonth m = month(value);
                yield m != null && List.of(m.atDay(1).toString()).equals(current.get("from"))
                        && List.of(m.atEndOfMonth().toString()).equals(current.get("to"));
            }
            case "type" -> current.getOrDefault("type", List.of("article")).contains(value);
            default -> current.getOrDefault(facet, List.of()).contains(value);
        };
    }

    /** The current parameters narrowed by one facet value, from the first page. */
    private static Map<String, List<String>> with(Map<String, List<String>> current, String facet, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(current);
        next.remove("offset");
        switch (facet) {
            case "month" -> {
                YearMonth m = month(value);
                if (m == null) {
                    return null;
                }
                next.put("from", List.of(m.atDay(1).toString()));
                next.put("to", List.of(m.atEndOfMonth().toString()));
            }
            case "type" -> next.put("type", List.of(value));
            default -> {
                List<String> values = new ArrayList<>(next.getOrDefault(facet, List.of()));
                values.add(value);
                next.put(facet, values);
            }
        }
        return next;
    }

    private static Map<String, List<String>> without(Map<String, List<String>> current, String facet, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(current);
        next.remove("offset");
        switch (facet) {
            case "month" -> {
                next.remove("from");
                next.remove("to");
            }
            case "type" -> next.remove("type");
            default -> next.put(facet, next.getOrDefault(facet, List.of()).stream().filter(v -> !v.equals(value)).toList());
        }
        return next;
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The request as query parameters, to build links that change one thing. */
    private static Map<String, List<String>> parameters(SearchRequest r) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("q", List.of(r.query()));
        if (!"article".equals(r.type())) {
            p.put("type", List.of(r.type()));
        }
        p.put("outlet", r.outlets());
        p.put("entity", r.entities());
        if (r.story() != null) {
            p.put("story", List.of(r.story()));
        }
        if (r.from() != null) {
            p.put("from", List.of(r.from().toString()));
        }
        if (r.to() != null) {
            p.put("to", List.of(r.to().toString()));
        }
        if (r.sort() == SearchRequest.Sort.DATE) {
            p.put("sort", List.of("date"));
        }
        if (r.offset() > 0) {
            p.put("offset", List.of(Integer.toString(r.offset())));
        }
        return p;
    }
}

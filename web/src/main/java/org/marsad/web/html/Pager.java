package org.marsad.web.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Previous and next links for a list shown a page at a time. */
final class Pager {

    private Pager() {
    }

    /**
     * @param path       the list's path
     * @param parameters the list's other query parameters, kept on both links
     * @param offset     the first item shown
     * @param pageSize   items a page
     * @param more       whether items follow this page
     */
    static void write(Html h, String path, Map<String, List<String>> parameters, int offset, int pageSize, boolean more) {
        if (offset == 0 && !more) {
            return;
        }
        h.open("nav", "class", "pager", "aria-label", "الصفحات");
        if (offset > 0) {
            h.element("a", "→ السابق", "href", link(path, parameters, Math.max(0, offset - pageSize)), "rel", "prev");
        }
        if (more) {
            h.element("a", "التالي ←", "href", link(path, parameters, offset + pageSize), "rel", "next");
        }
        h.close();
    }

    private static String link(String path, Map<String, List<String>> parameters, int offset) {
        Map<String, List<String>> withOffset = new LinkedHashMap<>(parameters);
        withOffset.remove("offset");
        if (offset > 0) {
            withOffset.put("offset", List.of(Integer.toString(offset)));
        }
        return Links.withQuery(path, withOffset);
    }
}

package org.marsad.web.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The addresses of the UI's pages. Every id and every query value is percent-encoded, so an id
 * holding {@code /}, {@code ?} or quotes still names one page.
 */
public final class Links {

    public static final String HOME = "/";
    public static final String SEARCH = "/search";
    public static final String STORIES = "/stories";
    public static final String ENTITIES = "/entities";
    public static final String TIMELINE = "/timeline";
    public static final String STYLESHEET = "/static/marsad.css";
    public static final String ICON = "/static/marsad.svg";

    private Links() {
    }

    public static String article(String id) {
        return "/articles/" + segment(id);
    }

    public static String story(String id) {
        return STORIES + "/" + segment(id);
    }

    public static String entity(String id) {
        return ENTITIES + "/" + segment(id);
    }

    public static String timeline(String entityId) {
        return TIMELINE + "?entity=" + value(entityId);
    }

    /** {@code path} with the query parameters given, in order; null values and empty lists are left out. */
    public static String withQuery(String path, Map<String, List<String>> parameters) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String v : p.getValue()) {
                if (v == null || v.isEmpty()) {
                    continue;
                }
                url.append(separator).append(value(p.getKey())).append('=').append(value(v));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** Whether a page's source may be shown as a link: only web addresses, never {@code javascript:} or files. */
    public static boolean isWebAddress(String source) {
        return source != null && (source.startsWith("https://") || source.startsWith("http://"));
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String value(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}

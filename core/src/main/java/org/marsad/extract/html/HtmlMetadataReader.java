package org.marsad.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.meta.PublicationDateParser;

/**
 * Reads a page's metadata, structured sources first:
 * <ol>
 *   <li>JSON-LD ({@code NewsArticle}, {@code Article}, ...): headline, datePublished, author, publisher, articleSection, keywords;</li>
 *   <li>OpenGraph and article properties: og:title, article:published_time, og:site_name, article:section, article:tag;</li>
 *   <li>meta names: author, date, pubdate, Dublin Core (dc.date, dc.creator, dc.title), parsely and sailthru fields, keywords;</li>
 *   <li>{@code itemprop} microdata and {@code <time datetime>};</li>
 *   <li>visible cues: elements whose class names a date or byline, read with {@link PublicationDateParser};</li>
 *   <li>the URL: a date in the path ({@code /2019/08/02/}, {@code 2019-08-02}).</li>
 * </ol>
 * The canonical URL is {@code <link rel=canonical>} or og:url; the language is {@code <html lang>} or
 * a content-language meta.
 */
final class HtmlMetadataReader {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final String JSON_STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern LD_HEADLINE = field("headline");
    private static final Pattern LD_PUBLISHED = field("datePublished");
    private static final Pattern LD_CREATED = field("dateCreated");
    private static final Pattern LD_SECTION = field("articleSection");
    private static final Pattern LD_AUTHOR = Pattern.compile("\"(?:author|creator)\"\\s*:\\s*\\[?\\s*(?:\\{[^{}]*?\"name\"\\s*:\\s*"
            + JSON_STRING + "|" + JSON_STRING + ")");
    private static final Pattern LD_PUBLISHER = Pattern.compile("\"(?:publisher|sourceOrganization)\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*" + JSON_STRING);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»·•]\\s+");
    private static final int MAX_VISIBLE_CUE_CHARS = 120;

    private final PublicationDateParser dates;
    private final ClassHints hints;

    HtmlMetadataReader(PublicationDateParser dates, ClassHints hints) {
        this.dates = dates;
        this.hints = hints;
    }

    HtmlMetadata read(Document doc, String url) {
        Meta meta = new Meta(doc);
        String ld = jsonLd(doc);

        String outlet = first(unescape(group(LD_PUBLISHER, ld)), meta.get("og:site_name"), meta.get("application-name"));
        // the sources that walk the document are asked only when the cheap ones have nothing
        String title = first(unescape(group(LD_HEADLINE, ld)), meta.get("og:title"), meta.get("twitter:title"),
                meta.get("dc.title"), meta.get("parsely-title"));
        if (title == null) {
            title = first(text(doc.selectFirst("h1")), titleFromTitleTag(doc, outlet));
        }
        title = stripSiteName(title, outlet);

        String byline = first(unescape(group(LD_AUTHOR, ld)), notUrl(meta.get("author")), notUrl(meta.get("article:author")),
                meta.get("dc.creator"), meta.get("parsely-author"), meta.get("sailthru.author"));
        if (byline == null) {
            byline = first(text(doc.selectFirst("[itemprop=author]")), text(doc.selectFirst("[rel=author]")), visibleByline(doc));
        }

        LocalDate published = null;
        String from = null;
        for (String[] candidate : new String[][] {
                {group(LD_PUBLISHED, ld), "json-ld"}, {group(LD_CREATED, ld), "json-ld"},
                {meta.get("article:published_time"), "meta"}, {meta.get("og:published_time"), "meta"},
                {meta.get("datepublished"), "meta"}, {meta.get("date"), "meta"}, {meta.get("pubdate"), "meta"},
                {meta.get("publishdate"), "meta"}, {meta.get("publish-date"), "meta"}, {meta.get("dc.date"), "meta"},
                {meta.get("dc.date.issued"), "meta"}, {meta.get("dcterms.created"), "meta"}, {meta.get("sailthru.date"), "meta"},
                {meta.get("parsely-pub-date"), "meta"}, {meta.get("article.published"), "meta"}}) {
            LocalDate d = isoDate(candidate[0]);
            if (d != null) {
                published = d;
                from = candidate[1];
                break;
            }
        }
        if (published == null) {
            published = isoDate(itemprop(doc, "datePublished"));
            from = published == null ? null : "meta";
        }
        if (published == null) {
            published = isoDate(timeElement(doc));
            from = published == null ? null : "time";
        }
        if (published == null) {
            published = visibleDate(doc);
            from = published == null ? null : "visible";
        }
        String canonical = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url"));
        if (published == null) {
            published = urlDate(canonical);
            if (published == null) {
                published = urlDate(url);
            }
            from = published == null ? null : "url";
        }

        String section = first(meta.get("article:section"), unescape(group(LD_SECTION, ld)));
        Set<String> tags = new LinkedHashSet<>(meta.all("article:tag"));
        if (tags.isEmpty()) {
            String keywords = first(meta.get("news_keywords"), meta.get("keywords"));
            if (keywords != null) {
                for (String k : keywords.split("[,،;]")) {
                    if (!k.isBlank()) {
                        tags.add(k.strip());
                    }
                }
            }
        }
        String language = first(language(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")),
                language(meta.get("content-language")), language(meta.get("og:locale")));
        return new HtmlMetadata(blankToNull(title), published, from, blankToNull(cleanByline(byline)), blankToNull(outlet),
                blankToNull(section), new ArrayList<>(tags), absolute(canonical, url), language);
    }

    /** The meta tags of a page by lower-cased name or property. */
    private static final class Meta {
        private final List<String[]> pairs = new ArrayList<>();

        Meta(Document doc) {
            for (Element m : doc.select("meta")) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                        : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
                if (!key.isEmpty() && m.hasAttr("content")) {
                    pairs.add(new String[] {key.toLowerCase(Locale.ROOT), m.attr("content").strip()});
                }
            }
        }

        String get(String key) {
            for (String[] p : pairs) {
                if (p[0].equals(key) && !p[1].isEmpty()) {
                    return p[1];
                }
            }
            return null;
        }

        List<String> all(String key) {
            List<String> values = new ArrayList<>();
            for (String[] p : pairs) {
                if (p[0].equals(key) && !p[1].isEmpty()) {
                    values.add(p[1]);
                }
            }
            return values;
        }
    }

    private static String jsonLd(Document doc) {
        StringBuilder all = new StringBuilder();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            all.append(s.data()).append('\n');
        }
        return all.toString();
    }

    private static Pattern field(String name) {
        return Pattern.compile("\"" + name + "\"\\s*:\\s*" + JSON_STRING);
    }

    private static String group(Pattern p, String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    /** JSON string escapes undone: \" \\ \/ \n \t \\uXXXX. */
    static String unescape(String s) {
        if (s == null || s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n', 'r', 't' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        try {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException bad) {
                            out.append(e);
                        }
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        return date(m.group(1), m.group(2), m.group(3));
    }

    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return date.getYear() >= 1990 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String itemprop(Document doc, String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        return first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")), e.text());
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("time[pubdate][datetime]");
        if (t == null) {
            // a descendant selector ("article time") walks every ancestor of every element: too slow on deep pages
            for (Element time : doc.select("time[datetime]")) {
                if (time.closest("article") != null) {
                    t = time;
                    break;
                }
            }
        }
        if (t == null) {
            t = doc.selectFirst("time[datetime]");
        }
        return t == null ? null : t.attr("datetime");
    }

    private LocalDate visibleDate(Document doc) {
        for (Element e : doc.select("[class], [id], time")) {
            // the hint first: an element's text costs its whole subtree, and most elements have no date hint
            if (!e.normalName().equals("time") && hints.of(e).meta() == 0) {
                continue;
            }
            String own = e.text();
            if (own.isEmpty() || own.length() > MAX_VISIBLE_CUE_CHARS) {
                continue;
            }
            Optional<LocalDate> d = dates.parse(own);
            if (d.isPresent()) {
                return d.get();
            }
            LocalDate iso = isoDate(own);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    private String visibleByline(Document doc) {
        for (Element e : doc.select("[class*=byline], [class*=author], [id*=author]")) {
            if (hints.of(e).meta() == 0) {
                continue;
            }
            String t = e.text();
            if (!t.isEmpty() && t.length() <= 80) {
                return t;
            }
        }
        return null;
    }

    private static String titleFromTitleTag(Document doc, String outlet) {
        String t = doc.title();
        if (t.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(t);
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length() && (outlet == null || !p.equalsIgnoreCase(outlet))) {
                longest = p;
            }
        }
        return longest;
    }

    private static String stripSiteName(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (parts[parts.length - 1].equalsIgnoreCase(outlet.strip())) {
            return title.substring(0, title.length() - parts[parts.length - 1].length()).replaceAll(TITLE_SEPARATOR.pattern() + "$", "")
                    .replaceAll("\\s+[|\\-–—:»·•]\\s*$", "").strip();
        }
        return title;
    }

    private static String cleanByline(String byline) {
        if (byline == null) {
            return null;
        }
        String b = byline.strip().replaceAll("^(?i)(by|von|par|por|di)\\s+", "").replaceAll("^(بقلم|كتب|كتبت)\\s*:?\\s*", "");
        return b.length() > 120 ? null : b;
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < v.length() && Character.isLetter(v.charAt(cut))) {
            cut++;
        }
        return cut >= 2 && cut <= 3 ? v.substring(0, cut) : null;
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        return href.strip();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") || s.startsWith("/") ? null : s;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}

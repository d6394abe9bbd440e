package org.marsad.source;

import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.xml.sax.SAXParseException;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Lists the URLs of a local sitemap file, with crawler-commons' parser:
 * <ul>
 *   <li>an XML {@code <urlset>}: its pages, with {@code <lastmod>} and, for a news sitemap
 *       ({@code news:news}), the publication date, title, language and outlet;</li>
 *   <li>an XML {@code <sitemapindex>}: the sitemaps it lists (marked {@link SitemapEntry.Kind#SITEMAP};
 *       never fetched: Marsad reads local files only);</li>
 *   <li>a text sitemap: one URL a line (the file must start with {@code http://} or {@code https://};
 *       a later line that is no URL is skipped);</li>
 *   <li>any of these gzipped ({@code *.gz}, or gzip bytes under another name).</li>
 * </ul>
 * A sitemap that is cut short (a download or a crawl stopped mid-file) or stops being well-formed
 * part way yields the URLs read before the fault, and a warning names the fault and its position,
 * so that a partial list is never taken for the whole; one with no URL before the fault is refused.
 */
public final class SitemapUrls {

    /** The sitemap protocol's own limit on a sitemap's uncompressed size (50 MiB). */
    public static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

    private final PageBytesReader bytesReader = new PageBytesReader(MAX_SITEMAP_BYTES);
    private final SiteMapParser parser;
    /** Asked only after {@link #parser} failed on bad XML, for the URLs before the fault. */
    private final SiteMapParser partialParser;

    public SitemapUrls() {
        // Not strict: the strict parser keeps only URLs under the sitemap's own location, and a local
        // file's location (file:/...) is under no site.
        parser = new SiteMapParser(false, false);
        parser.enableExtension(Extension.NEWS);
        partialParser = new SiteMapParser(false, true);
        partialParser.enableExtension(Extension.NEWS);
    }

    /**
     * The entries of one sitemap file (gunzipped when named {@code *.gz}), in the file's order.
     *
     * @param warnings told (as a problem not skipped) when the file is cut short or malformed part way
     *                 and only the entries before the fault are returned
     * @throws BadInputException if the file is missing, unreadable, too large, or not a readable sitemap
     */
    public List<SitemapEntry> read(Path file, Consumer<InputProblem> warnings) throws BadInputException {
        String source = file.toString();
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(source, PageReader.NO_SUCH_INPUT);
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(source, "is a directory, not a sitemap file");
        }
        return parse(source, bytesReader.readFile(file, source), location(file, source), warnings);
    }

    /**
     * The entries of a sitemap read from a stream (stdin); the caller keeps the stream.
     *
     * @param warnings as for {@link #read(Path, Consumer)}
     * @throws BadInputException if the stream is unreadable, too large, or not a readable sitemap
     */
    public List<SitemapEntry> read(InputStream in, String source, Consumer<InputProblem> warnings) throws BadInputException {
        return parse(source, bytesReader.readStream(in, source), location(Path.of("sitemap.xml"), source), warnings);
    }

    private List<SitemapEntry> parse(String source, byte[] bytes, URL location, Consumer<InputProblem> warnings)
            throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(source, "empty file");
        }
        AbstractSiteMap sitemap;
        try {
            sitemap = parser.parseSiteMap(bytes, location);
        } catch (UnknownFormatException e) {
            return partial(source, bytes, location, e, warnings);
        } catch (java.io.IOException e) {
            throw new BadInputException(source, "unreadable sitemap: " + message(e), e);
        }
        return entries(sitemap);
    }

    private static List<SitemapEntry> entries(AbstractSiteMap sitemap) {
        return sitemap.isIndex() ? sitemaps((SiteMapIndex) sitemap) : pages((SiteMap) sitemap);
    }

    /**
     * After a failed parse: for XML that went bad part way, the entries before the fault, with a
     * warning naming it; for anything else, or when nothing came before the fault, the failure.
     */
    private List<SitemapEntry> partial(String source, byte[] bytes, URL location, UnknownFormatException failure,
                                       Consumer<InputProblem> warnings) throws BadInputException {
        String reason = reason(failure);
        if (!reason.startsWith(NOT_WELL_FORMED)) {
            throw new BadInputException(source, reason, failure);
        }
        List<SitemapEntry> before;
        try {
            before = entries(partialParser.parseSiteMap(bytes, location));
        } catch (UnknownFormatException | java.io.IOException | RuntimeException e) {
            throw new BadInputException(source, reason, failure);
        }
        if (before.isEmpty()) {
            throw new BadInputException(source, reason, failure);
        }
        warnings.accept(InputProblem.warning(source, reason + "; listed the " + before.size()
                + (before.size() == 1 ? " entry" : " entries") + " read before it (cut short?)"));
        return before;
    }

    private static final String NOT_WELL_FORMED = "not well-formed XML";

    private static List<SitemapEntry> sitemaps(SiteMapIndex index) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (AbstractSiteMap child : index.getSitemaps()) {
            entries.add(new SitemapEntry(child.getUrl().toString(), SitemapEntry.Kind.SITEMAP,
                    child.getLastModified() == null ? null : child.getLastModified().toInstant(), null, null, null, null));
        }
        return entries;
    }

    private static List<SitemapEntry> pages(SiteMap sitemap) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (SiteMapURL u : sitemap.getSiteMapUrls()) {
            NewsAttributes news = news(u);
            entries.add(new SitemapEntry(u.getUrl().toString(), SitemapEntry.Kind.PAGE,
                    u.getLastModified() == null ? null : u.getLastModified().toInstant(),
                    news == null ? null : news.getPublicationDateTime(),
                    news == null ? null : blankToNull(news.getTitle()),
                    news == null ? null : blankToNull(news.getLanguage()),
                    news == null ? null : blankToNull(news.getName())));
        }
        return entries;
    }

    /** The page's first news:news element (the protocol allows one), or null. */
    private static NewsAttributes news(SiteMapURL u) {
        ExtensionMetadata[] all = u.getAttributesForExtension(Extension.NEWS);
        if (all == null) {
            return null;
        }
        for (ExtensionMetadata m : all) {
            if (m instanceof NewsAttributes news) {
                return news;
            }
        }
        return null;
    }

    /** The parser's failure in words: what is wrong and, for bad XML, where. */
    static String reason(UnknownFormatException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return String.format(Locale.ROOT, NOT_WELL_FORMED + " at line %d, column %d: %s",
                        sax.getLineNumber(), sax.getColumnNumber(), message(sax));
            }
        }
        String m = message(e);
        if (m.startsWith("Unknown XML format")) {
            return "not a sitemap: XML whose root is none of urlset, sitemapindex, rss, feed";
        }
        if (m.startsWith("Can't parse a sitemap with MediaType")) {
            return "not a sitemap: content is " + m.replaceAll("^Can't parse a sitemap with MediaType '([^']*)'.*$", "$1");
        }
        if (m.contains("gzip")) {
            return "corrupt gzip: " + (e.getCause() != null ? message(e.getCause()) : m);
        }
        if (m.startsWith("Failed to detect MediaType")) {
            return "not a sitemap: neither XML, gzip nor lines of URLs";
        }
        return "not a sitemap: " + m;
    }

    private static String message(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** The file's location handed to the parser; it decides only the base of relative checks, never a fetch. */
    private static URL location(Path file, String source) throws BadInputException {
        try {
            return file.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new BadInputException(source, "invalid path: " + message(e), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

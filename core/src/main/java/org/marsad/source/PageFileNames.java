package org.marsad.source;

import java.util.Locale;
import java.util.Set;

/**
 * Which files found in a walked directory are pages, decided by name. The one place that knows the
 * accepted extensions: an HTML or WARC reader adds its extensions here. Files named explicitly as
 * inputs are read whatever their name.
 */
public final class PageFileNames {

    /** Read through gunzip; the extension before it decides whether the file is a page. */
    static final String GZIP_SUFFIX = ".gz";

    /** Extensions of plain-text pages, lower case; the empty string stands for a name without extension. */
    static final Set<String> TEXT_PAGE_EXTENSIONS = Set.of("txt", "text", "");

    /** Extensions of HTML pages, lower case. */
    static final Set<String> HTML_PAGE_EXTENSIONS = Set.of("html", "htm");

    /** Extensions of WARC archives, lower case; read record by record by {@link WarcPages}. */
    static final Set<String> WARC_EXTENSIONS = Set.of("warc");

    /** Extensions of RSS and Atom feeds, lower case; an .xml file is a feed only if its root element says so. */
    public static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom", "xml");

    /**
     * The feed extensions a directory walk takes: not .xml, which in a crawl directory is more often
     * a sitemap or a configuration than a feed (each would be reported as not a feed). An .xml file
     * named as an input is still read and sniffed.
     */
    static final Set<String> WALKED_FEED_EXTENSIONS = Set.of("rss", "atom");

    /** Extensions of dumps of article records (JSON arrays or JSON Lines), lower case. */
    public static final Set<String> RECORD_DUMP_EXTENSIONS = Set.of("json", "jsonl", "ndjson");

    private PageFileNames() {
    }

    /**
     * Whether a directory walk reads the file: true for "a.txt", "a.TEXT", "a", "a.txt.gz", "a.gz",
     * "a.html", "a.htm.gz", "a.json", "a.warc.gz", "a.rss"; false for "a.png", "a.tar.gz", "a.xml", ".hidden".
     */
    public static boolean isPage(String fileName) {
        if (isHidden(fileName)) {
            return false;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(GZIP_SUFFIX)) {
            name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        }
        String extension = extension(name);
        return TEXT_PAGE_EXTENSIONS.contains(extension) || HTML_PAGE_EXTENSIONS.contains(extension)
                || RECORD_DUMP_EXTENSIONS.contains(extension) || WARC_EXTENSIONS.contains(extension)
                || WALKED_FEED_EXTENSIONS.contains(extension);
    }

    /** Whether a file (by name) is a WARC archive: a.warc, a.WARC.gz. */
    public static boolean isWarc(String fileName) {
        return WARC_EXTENSIONS.contains(extensionWithoutGzip(fileName));
    }

    /** Whether a file (by name, gzipped or not) may be a feed: a.rss, a.atom, a.xml.gz (an .xml is sniffed). */
    public static boolean isFeedName(String fileName) {
        return FEED_EXTENSIONS.contains(extensionWithoutGzip(fileName));
    }

    /** Whether a file (by name, gzipped or not) is a dump of article records: a.json, a.jsonl.gz, a.ndjson. */
    public static boolean isRecordDump(String fileName) {
        return RECORD_DUMP_EXTENSIONS.contains(extensionWithoutGzip(fileName));
    }

    private static String extensionWithoutGzip(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(GZIP_SUFFIX)) {
            name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        }
        return extension(name);
    }

    /** The lower-case extension of a lower-case name without its .gz, "" when it has none. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot <= slash ? "" : name.substring(dot + 1);
    }

    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
    }

    /** Dot files and dot directories (.git, .DS_Store, editor swap files) are never walked into. */
    static boolean isHidden(String fileName) {
        return fileName.startsWith(".");
    }
}

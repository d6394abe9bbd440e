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

    private PageFileNames() {
    }

    /** True for "a.txt", "a.TEXT", "a", "a.txt.gz", "a.gz", "a.html", "a.htm.gz"; false for "a.png", "a.tar.gz", ".hidden". */
    public static boolean isPage(String fileName) {
        if (isHidden(fileName)) {
            return false;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(GZIP_SUFFIX)) {
            name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return TEXT_PAGE_EXTENSIONS.contains(extension) || HTML_PAGE_EXTENSIONS.contains(extension);
    }

    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
    }

    /** Dot files and dot directories (.git, .DS_Store, editor swap files) are never walked into. */
    static boolean isHidden(String fileName) {
        return fileName.startsWith(".");
    }
}

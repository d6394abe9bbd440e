package org.marsad.source;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One location listed by a sitemap: a page, or (in a sitemap index) another sitemap. Only the
 * fields the sitemap states are set; the rest are null.
 *
 * @param url          the location as the sitemap gives it ({@code <loc>}, or a line of a text sitemap)
 * @param kind         a page, or a sitemap listed by a sitemap index
 * @param lastModified {@code <lastmod>}, or null
 * @param published    {@code news:publication_date} with the offset the sitemap wrote, or null
 * @param title        {@code news:title}, or null
 * @param language     {@code news:language} as written (an ISO 639 code such as {@code ar}), or null
 * @param publication  {@code news:publication/news:name}, the outlet, or null
 */
public record SitemapEntry(String url, Kind kind, Instant lastModified, ZonedDateTime published, String title,
                           String language, String publication) {

    /** What a listed location is. */
    public enum Kind {
        /** A page of the site (a {@code <url>} of a {@code <urlset>}, or a line of a text sitemap). */
        PAGE,
        /** Another sitemap (a {@code <sitemap>} of a {@code <sitemapindex>}); not fetched, only listed. */
        SITEMAP
    }

    public SitemapEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the sitemap gave this page news metadata (a publication date, a title or a language). */
    public boolean hasNews() {
        return published != null || title != null || language != null || publication != null;
    }
}

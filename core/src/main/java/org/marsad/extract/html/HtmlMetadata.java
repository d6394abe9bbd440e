package org.marsad.extract.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about its article outside the body text.
 *
 * @param title     headline, or null
 * @param published publication date, or null
 * @param dateFrom  where the date was found: {@code json-ld}, {@code meta}, {@code time}, {@code visible}, {@code url}; null without a date
 * @param byline    author(s), or null
 * @param outlet    site name, or null
 * @param section   the site's section, or null
 * @param tags      the site's tags or keywords
 * @param canonical the canonical URL, or null
 * @param language  the declared language (ISO 639-1, lower case), or null
 */
public record HtmlMetadata(String title, LocalDate published, String dateFrom, String byline, String outlet,
                           String section, List<String> tags, String canonical, String language) {

    public HtmlMetadata {
        tags = List.copyOf(tags);
    }
}

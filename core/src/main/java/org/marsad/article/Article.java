package org.marsad.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A clean article extracted from a page. A page yields its main article (position 0) and any
 * articles the site appended after it (positions 1, 2, ...).
 *
 * @param id            stable id derived from source and position
 * @param source        the path or URL the page came from
 * @param position      0 for the main article, then 1, 2, ... for appended articles
 * @param role          main or appended
 * @param title         headline, or null when the page shows none
 * @param published     publication date, or null when unknown
 * @param publishedFrom where the date came from ({@code page}, {@code text}, {@code story}), null without a date
 * @param outlet        the outlet that published it, or null
 * @param section       the site's section, or null
 * @param byline        the author line, or null
 * @param agencies      wire agencies cited, by their Arabic names, in order of first mention
 * @param tags          the site's tags, deduplicated
 * @param paragraphs    body paragraphs in order (display text)
 * @param captions      photo captions
 * @param related       related headlines listed with the article
 * @param language      ISO 639-1 code of the text's language, {@code und} when undetermined
 * @param blocks        every block of the page that belongs to this article, with its label
 */
public record Article(
        String id,
        String source,
        int position,
        Role role,
        String title,
        LocalDate published,
        String publishedFrom,
        String outlet,
        String section,
        String byline,
        List<String> agencies,
        List<String> tags,
        List<String> paragraphs,
        List<String> captions,
        List<String> related,
        String language,
        List<Block> blocks) {

    /** Whether an article is the page's own or one the site appended after it. */
    public enum Role {
        MAIN, APPENDED;

        public String jsonName() {
            return this == MAIN ? "main" : "appended";
        }
    }

    public Article {
        agencies = List.copyOf(agencies);
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        related = List.copyOf(related);
        blocks = List.copyOf(blocks);
    }

    /** The body as one text, paragraphs joined by a newline (the text that analysis offsets refer to). */
    public String text() {
        return String.join("\n", paragraphs);
    }
}

package org.marsad.extract.feed;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.marsad.article.Article;
import org.marsad.extract.ArticleIds;
import org.marsad.extract.ScriptLanguage;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.normalize.ArabicNormalizer;
import org.marsad.source.InputProblem;
import org.marsad.source.PageFormat;
import org.marsad.source.RawPage;

/**
 * Articles from an RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME: one article per item, in feed
 * order.
 * <ul>
 *   <li>An item that carries its full text ({@code content:encoded}, Atom {@code content}) with more
 *       than {@value #FULL_CONTENT_MIN_CHARS} characters of text, and more than its summary, is
 *       extracted as an HTML page (the item's title as headline, the content as body) by
 *       {@link HtmlPageExtractor}, so its paragraphs, captions and boilerplate are treated as on the
 *       site; the feed's date and author fill in what the content lacks.</li>
 *   <li>Any other item becomes an article of its title, its date and its summary (description)
 *       as text, one paragraph per block of the summary's HTML.</li>
 *   <li>Source: the item's link, else {@code FEED#n} (n the 0-based item index); outlet: the feed's
 *       title; byline: the item's author; tags: its categories; date: published, else updated, as
 *       the calendar day at the offset the feed wrote ({@link FeedItemOffsets}: ROME keeps only the
 *       instant), the UTC day when it wrote none.</li>
 *   <li>An XML document that is not a feed (a sitemap, any other XML) or that ROME cannot read is
 *       one problem naming the file and its root element; an item with neither title nor text is a
 *       problem and is skipped.</li>
 * </ul>
 */
public final class FeedExtractor {

    /** Below this, "full content" is a teaser: the description path keeps it honest. */
    static final int FULL_CONTENT_MIN_CHARS = 500;

    private final HtmlPageExtractor htmlPages;
    private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

    public FeedExtractor(HtmlPageExtractor htmlPages) {
        this.htmlPages = htmlPages;
    }

    /** Whether the text is XML whose root element is a feed's. */
    public static boolean isFeed(String text) {
        return FeedSniffer.rootElement(text).filter(FeedSniffer::isFeedRoot).isPresent();
    }

    /** The articles of the feed's items; a feed that cannot be read, or bad items, go to {@code problems}. */
    public List<Article> extract(RawPage page, Consumer<InputProblem> problems) {
        List<Article> articles = new ArrayList<>();
        Optional<String> root = FeedSniffer.rootElement(page.text());
        if (root.isEmpty()) {
            problems.accept(new InputProblem(page.source(), "not XML (expected an RSS or Atom feed)"));
            return articles;
        }
        if (!FeedSniffer.isFeedRoot(root.get())) {
            problems.accept(new InputProblem(page.source(),
                    "XML but not an RSS or Atom feed (root element <" + root.get() + ">)"));
            return articles;
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(false);
            feed = input.build(new StringReader(page.text()));
        } catch (FeedException | IllegalArgumentException e) {
            problems.accept(new InputProblem(page.source(), "unreadable feed: " + e.getMessage()));
            return articles;
        }
        String outlet = plain(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        List<FeedItemOffsets.Item> offsets = FeedItemOffsets.of(page.text());
        for (int i = 0; i < entries.size(); i++) {
            // ROME keeps the items in document order; if the counts differ, no item's offset is trusted
            FeedItemOffsets.Item offset = offsets.size() == entries.size() ? offsets.get(i) : FeedItemOffsets.Item.NONE;
            item(page, i, entries.get(i), offset, outlet, problems).ifPresent(articles::add);
        }
        return articles;
    }

    private Optional<Article> item(RawPage feedPage, int index, SyndEntry entry, FeedItemOffsets.Item offsets,
            String outlet, Consumer<InputProblem> problems) {
        String link = link(entry);
        String source = link != null ? link : feedPage.source() + "#" + index;
        String title = plain(entry.getTitle());
        LocalDate published = entry.getPublishedDate() != null ? day(entry.getPublishedDate(), offsets.published())
                : day(entry.getUpdatedDate(), offsets.updated());
        String byline = plain(entry.getAuthor());
        List<String> tags = entry.getCategories().stream().map(SyndCategory::getName).map(this::plain)
                .filter(tag -> tag != null).distinct().toList();
        String summaryHtml = entry.getDescription() != null ? entry.getDescription().getValue() : null;
        String contentHtml = fullContent(entry);
        List<String> summary = paragraphs(summaryHtml);
        if (contentHtml != null) {
            int contentChars = Jsoup.parse(contentHtml).text().length();
            if (contentChars > FULL_CONTENT_MIN_CHARS && contentChars > String.join(" ", summary).length()) {
                return Optional.of(fromContent(source, feedPage.charset(), title, contentHtml, published, outlet, byline, tags));
            }
            if (summary.isEmpty()) {
                summary = paragraphs(contentHtml);
            }
        }
        if (title == null && summary.isEmpty()) {
            problems.accept(new InputProblem(feedPage.source() + "#" + index, "feed item has neither a title nor a text"));
            return Optional.empty();
        }
        return Optional.of(new Article(ArticleIds.of(source, 0), source, 0, Article.Role.MAIN, title, published,
                published == null ? null : "page", outlet, null, byline, List.of(), tags, summary, List.of(),
                List.of(), ScriptLanguage.of(summary.isEmpty() ? List.of(title) : summary), List.of()));
    }

    /** The item's content as an HTML page, extracted as one; the feed's fields fill what it leaves empty. */
    private Article fromContent(String source, String charset, String title, String contentHtml, LocalDate published,
            String outlet, String byline, List<String> tags) {
        Document doc = Document.createShell(source);
        if (title != null) {
            doc.title(title);
            doc.body().appendElement("h1").text(title);
        }
        Element body = doc.body().appendElement("article");
        body.html(contentHtml);
        List<Article> extracted = htmlPages.extract(new RawPage(source, doc.outerHtml(), charset, PageFormat.HTML));
        Article a = extracted.get(0);
        LocalDate date = a.published() != null ? a.published() : published;
        String from = a.published() != null ? a.publishedFrom() : published != null ? "page" : null;
        return new Article(a.id(), a.source(), a.position(), a.role(), a.title() != null ? a.title() : title, date, from,
                a.outlet() != null ? a.outlet() : outlet, a.section(), a.byline() != null ? a.byline() : byline,
                a.agencies(), a.tags().isEmpty() ? tags : a.tags(), a.paragraphs(), a.captions(), a.related(),
                a.language(), a.blocks());
    }

    /** The longest content the item carries (RSS content:encoded, Atom content), or null. */
    private static String fullContent(SyndEntry entry) {
        String longest = null;
        for (SyndContent content : entry.getContents()) {
            String value = content.getValue();
            if (value != null && (longest == null || value.length() > longest.length())) {
                longest = value;
            }
        }
        return longest;
    }

    private static String link(SyndEntry entry) {
        String link = entry.getLink();
        if ((link == null || link.isBlank()) && !entry.getLinks().isEmpty()) {
            link = entry.getLinks().get(0).getHref();
        }
        if ((link == null || link.isBlank()) && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri();
        }
        return link == null || link.isBlank() ? null : link.trim();
    }

    /** The calendar day of the instant where it was written (at the feed's offset), else in UTC. */
    private static LocalDate day(Date date, Optional<ZoneOffset> offset) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), offset.orElse(ZoneOffset.UTC));
    }

    /** Text of a field that may hold HTML (Atom type="html", escaped markup in RSS), whitespace collapsed. */
    private String plain(String value) {
        if (value == null) {
            return null;
        }
        String text = normalizer.collapseWhitespace(value.indexOf('<') >= 0 || value.indexOf('&') >= 0
                ? Jsoup.parse(value).text() : value);
        return text.isBlank() ? null : text;
    }

    /** The blocks of a summary's HTML as paragraphs (a plain-text summary is one paragraph per line). */
    private List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return out;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        // Block boundaries as line breaks, so that <p>a</p><p>b</p> are two paragraphs, not "a b".
        doc.select("br").after("\n");
        doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote").prepend("\n").append("\n");
        String text = doc.body().wholeText();
        for (String line : text.split("\n")) {
            String p = normalizer.collapseWhitespace(line);
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}

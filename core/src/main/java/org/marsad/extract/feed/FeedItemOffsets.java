package org.marsad.extract.feed;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The UTC offsets a feed wrote in its items' dates, which ROME drops (it keeps the instant): a
 * story a Cairo site published at 00:30 on 20 June (+03:00) is of 20 June where it was published,
 * though it is still 19 June in UTC. Per item, in feed order, the offset of its published date
 * ({@code pubDate}, {@code dc:date}, {@code published}, {@code issued}) and of its updated date
 * ({@code updated}, {@code modified}), each empty when the date names no offset.
 *
 * <p>Offsets are read as RFC 822 dates write them ({@code +0300}, {@code GMT}, {@code UT}, the US
 * zone names {@code EST} ... {@code PDT}) and as ISO 8601 dates do ({@code +03:00}, {@code Z}).
 */
final class FeedItemOffsets {

    /** The offsets of one item's two dates. */
    record Item(Optional<ZoneOffset> published, Optional<ZoneOffset> updated) {
        static final Item NONE = new Item(Optional.empty(), Optional.empty());
    }

    private static final List<String> PUBLISHED_TAGS = List.of("pubdate", "dc:date", "published", "issued");
    private static final List<String> UPDATED_TAGS = List.of("updated", "modified");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})$");
    private static final Pattern TIME_THEN_ZONE = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*([A-Za-z]{1,4})$");
    /** RFC 822's zone names (section 5.1); military letters other than Z are too rare and ambiguous to read. */
    private static final Map<String, Integer> NAMED_ZONE_HOURS = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
            Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

    private FeedItemOffsets() {
    }

    /** The offsets of the feed's items ({@code item} or {@code entry} elements), in document order. */
    static List<Item> of(String feedXml) {
        Document doc = Jsoup.parse(feedXml, "", Parser.xmlParser());
        List<Item> items = new ArrayList<>();
        for (Element item : doc.getAllElements()) {
            String name = item.normalName();
            if (name.equals("item") || name.equals("entry")) {
                items.add(new Item(offset(firstChild(item, PUBLISHED_TAGS)), offset(firstChild(item, UPDATED_TAGS))));
            }
        }
        return items;
    }

    private static String firstChild(Element item, List<String> names) {
        for (String name : names) {
            for (Element child : item.children()) {
                if (child.normalName().equals(name)) {
                    return child.text().strip();
                }
            }
        }
        return null;
    }

    /** The offset a date string ends with, or empty when it names none. */
    static Optional<ZoneOffset> offset(String date) {
        if (date == null || date.isEmpty()) {
            return Optional.empty();
        }
        Matcher numeric = NUMERIC_OFFSET.matcher(date);
        // a bare date ("2024-06-19") ends in "-06-19" too: an offset follows a time, which has a colon
        if (numeric.find() && date.lastIndexOf(':', numeric.start()) >= 0) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = Integer.parseInt(numeric.group(3));
            if (hours > 18 || minutes > 59) {
                return Optional.empty();
            }
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        Matcher named = TIME_THEN_ZONE.matcher(date);
        if (named.find()) {
            Integer hours = NAMED_ZONE_HOURS.get(named.group(1).toUpperCase(Locale.ROOT));
            return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
        }
        return Optional.empty();
    }
}

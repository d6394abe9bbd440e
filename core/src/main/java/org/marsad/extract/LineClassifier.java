package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

import org.marsad.meta.AgencyLexicon;
import org.marsad.meta.MetaField;
import org.marsad.meta.MetaLineParser;
import org.marsad.meta.MetaSegment;
import org.marsad.meta.PublicationDateParser;

/**
 * Classifies each line on its own: chrome, separator, metadata, caption, or text. Rules, in order:
 * <ol>
 *   <li>breadcrumbs ({@code الرئيسية » عربي ودولي » مصر}): metadata giving the section;</li>
 *   <li>separators ({@code إقرأ أيضاً:}, {@code مقالات مشابهة}), alone on their line, or followed by a
 *       headline on the same line (a related link);</li>
 *   <li>labelled metadata ({@code تاريخ النشر: ...}, {@code المصدر: ...}, {@code الوسوم...}) whose value is
 *       believable for its field (a date that parses, a short source); a label with no value is chrome;
 *       a photo label makes a caption;</li>
 *   <li>attribution lines: a short name followed by a bracketed source
 *       ({@code NAME (وفقًا لوكالة تاس، وسبوتنيك)}), or a bracketed agency alone: byline and source;</li>
 *   <li>a line that is only a date;</li>
 *   <li>chrome by wording (the boilerplate lexicon) or by shape: Latin-only lines in an Arabic page,
 *       lines without letters, short bracketed placeholders ({@code [إعلان 2]});</li>
 *   <li>a photo credit inside a line ({@code ... الصورة: سبوتنيك}) makes a caption;</li>
 *   <li>everything else is text, for the layout to place.</li>
 * </ol>
 */
final class LineClassifier {

    /** A labelled line without a colon is metadata only when it is this short. */
    private static final int MAX_UNMARKED_META_WORDS = 8;
    private static final int MAX_SOURCE_WORDS = 8;
    private static final int MAX_BYLINE_WORDS = 6;
    private static final int MAX_DATE_LINE_WORDS = 8;
    private static final int MAX_ATTRIBUTION_LINE_WORDS = 16;
    /** Words that open a bracketed attribution: (وفقا لـ...), (نقلا عن ...), (عن ...), (بحسب ...). */
    private static final List<String> ATTRIBUTION_OPENERS = List.of("وفقا", "نقلا", "عن", "بحسب", "المصدر", "حسب", "via", "source");

    private final PageLexicon lexicon;
    private final MetaLineParser metaParser;
    private final PublicationDateParser dateParser;
    private final AgencyLexicon agencies;

    LineClassifier(PageLexicon lexicon, MetaLineParser metaParser, PublicationDateParser dateParser,
                   AgencyLexicon agencies) {
        this.lexicon = lexicon;
        this.metaParser = metaParser;
        this.dateParser = dateParser;
        this.agencies = agencies;
    }

    List<LineClass> classify(List<PageLine> lines, boolean arabicPage) {
        List<LineClass> classes = new ArrayList<>(lines.size());
        for (PageLine line : lines) {
            classes.add(classify(line, arabicPage));
        }
        return classes;
    }

    LineClass classify(PageLine line, boolean arabicPage) {
        String[] tokens = line.tokens();
        LineShape shape = line.shape();
        if (tokens.length == 0) {
            return LineClass.of(LineKind.NOISE, "no words");
        }
        LineClass separator = separator(tokens);
        if (separator != null) {
            return separator;
        }
        LineClass breadcrumb = breadcrumb(line);
        if (breadcrumb != null) {
            return breadcrumb;
        }
        if (metaParser.mayStartWithLabel(tokens)) {
            LineClass meta = labelled(line);
            if (meta != null) {
                return meta;
            }
        }
        LineClass attribution = attribution(line);
        if (attribution != null) {
            return attribution;
        }
        if (shape.words() <= MAX_DATE_LINE_WORDS && !shape.isParagraph() && dateParser.parse(line.text()).isPresent()) {
            return LineClass.meta("a date alone on its line", List.of(new MetaSegment(MetaField.DATE, "", line.text(), false)));
        }
        String chrome = lexicon.chromePhrase(tokens);
        if (chrome != null) {
            return LineClass.of(LineKind.NOISE, "boilerplate phrase: " + chrome);
        }
        if (arabicPage && shape.isLatinOnly()) {
            return LineClass.of(LineKind.NOISE, "Latin-only line in an Arabic page");
        }
        if (shape.arabicLetters() + shape.latinLetters() == 0) {
            return LineClass.of(LineKind.NOISE, "no letters");
        }
        if (isBracketedPlaceholder(line.text(), shape)) {
            return LineClass.of(LineKind.NOISE, "bracketed placeholder");
        }
        if (metaParser.hasMarkedLabel(line.text(), tokens, MetaField.PHOTO)) {
            return LineClass.of(LineKind.CAPTION, "photo credit in the line");
        }
        return LineClass.of(LineKind.TEXT, "");
    }

    private LineClass separator(String[] tokens) {
        var m = lexicon.separators.at(tokens, 0);
        if (m == null) {
            return null;
        }
        if (m.length() == tokens.length) {
            return new LineClass(LineKind.SEPARATOR, "separator: " + m.phrase(), List.of(), m.value());
        }
        // "اقرأ أيضا: عنوان" is a link to another article, not the start of one.
        if (tokens.length - m.length() >= 2 && tokens.length <= 30) {
            return LineClass.of(LineKind.RELATED_LINK, "separator followed by a headline: " + m.phrase());
        }
        return null;
    }

    /**
     * {@code الرئيسية » عربي ودولي » مصر}: the site's path to the page. Its first crumb after the home
     * page is the section.
     */
    private LineClass breadcrumb(PageLine line) {
        if (!lexicon.startsWithHomeCrumb(line.tokens())) {
            return null;
        }
        String[] crumbs = line.text().split("\\s*[»›>/|]\\s*");
        if (crumbs.length < 2 || !lexicon.isHomeCrumb(lexicon.keyWords(crumbs[0]))) {
            return null;
        }
        String section = crumbs[1].strip();
        if (section.isEmpty() || section.split("\\s+").length > 4) {
            return LineClass.of(LineKind.NOISE, "breadcrumb");
        }
        return LineClass.meta("breadcrumb", List.of(new MetaSegment(MetaField.SECTION, "", section, false)));
    }

    private LineClass labelled(PageLine line) {
        List<MetaSegment> segments = metaParser.parse(line.text());
        if (segments.isEmpty()) {
            return null;
        }
        MetaSegment first = segments.get(0);
        boolean shortLine = line.shape().words() <= MAX_UNMARKED_META_WORDS && !line.shape().isParagraph();
        if (!first.marked() && !shortLine) {
            return null;
        }
        if (first.field() == MetaField.PHOTO) {
            return LineClass.of(LineKind.CAPTION, "photo label: " + first.label());
        }
        if (first.value().isEmpty() && segments.size() == 1) {
            return LineClass.of(LineKind.NOISE, "label without a value: " + first.label());
        }
        if (!believable(first)) {
            return null;
        }
        return LineClass.meta("metadata label: " + first.label(), segments);
    }

    private boolean believable(MetaSegment segment) {
        String value = segment.value();
        int words = value.isEmpty() ? 0 : value.split("\\s+").length;
        return switch (segment.field()) {
            case DATE, UPDATED -> dateParser.parse(value).isPresent();
            case SOURCE -> words > 0 && words <= MAX_SOURCE_WORDS;
            // "كتب: سارة" is a byline; unmarked, "تحرير المرور" is as likely a subheading: a name then has two words or more.
            case BYLINE -> words > 0 && words <= MAX_BYLINE_WORDS && (segment.marked() || words >= 2);
            case SECTION -> words > 0 && words <= 5;
            case TAGS -> words > 0;
            case PHOTO -> true;
        };
    }

    /** {@code NAME (وفقًا لوكالة تاس، وسبوتنيك)}, {@code (أ ف ب)}: a byline and a bracketed source. */
    private LineClass attribution(PageLine line) {
        String text = line.text();
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open || line.shape().words() > MAX_ATTRIBUTION_LINE_WORDS
                || line.shape().ending() == LineShape.Ending.PERIOD) {
            return null;
        }
        String before = text.substring(0, open).strip();
        String inside = text.substring(open + 1, close).strip();
        String after = text.substring(close + 1).strip();
        int beforeWords = before.isEmpty() ? 0 : before.split("\\s+").length;
        if (beforeWords > 4 || !after.replaceAll("[\\p{P}\\s]", "").isEmpty() || inside.isEmpty()) {
            return null;
        }
        String[] insideTokens = lexicon.keyWords(inside);
        boolean opensAttribution = insideTokens.length > 0 && ATTRIBUTION_OPENERS.contains(insideTokens[0]);
        boolean citesAgency = !agencies.find(inside, true).isEmpty();
        if (!citesAgency && !(opensAttribution && beforeWords > 0)) {
            return null;
        }
        List<MetaSegment> segments = new ArrayList<>(2);
        // "القاهرة (أ ش أ)" is a dateline with its agency, not a byline.
        if (beforeWords > 0 && !lexicon.isDatelinePlace(lexicon.keyWords(before))) {
            segments.add(new MetaSegment(MetaField.BYLINE, "", before, false));
        }
        segments.add(new MetaSegment(MetaField.SOURCE, "", inside, false));
        return LineClass.meta(segments.size() == 2 ? "attribution: byline with a bracketed source" : "bracketed source", segments);
    }

    private static boolean isBracketedPlaceholder(String text, LineShape shape) {
        return shape.words() <= 4 && text.startsWith("[") && text.endsWith("]");
    }
}

package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.extract.ArticleIds;
import org.marsad.extract.ScriptLanguage;
import org.marsad.meta.Agency;
import org.marsad.meta.AgencyLexicon;
import org.marsad.meta.PublicationDateParser;
import org.marsad.source.RawPage;

/**
 * Turns an HTML page into its main article. The stages, composed here:
 * <ol>
 *   <li>parse with jsoup;</li>
 *   <li>{@link HtmlMetadataReader}: title, date, byline, outlet, section, tags, canonical URL, language;</li>
 *   <li>{@link PageTree}: elements numbered in document order with their text and link text;</li>
 *   <li>{@link BlockCollector}: text blocks, chrome subtrees set aside;</li>
 *   <li>{@link MainContentFinder}: the element(s) holding the main text;</li>
 *   <li>labelling: each block title, body, caption, meta, related or noise, with its reason; then,
 *       over the labels, the standfirst between headline and text is kept, headings that introduce
 *       no text are dropped, and so are the short lines that frame the text (before its first paragraph, after its last)
 *       and invitations to follow the site;</li>
 *   <li>when the markup hid almost everything (under {@link #FALLBACK_CHARS} characters of body),
 *       the page is read again without the class-name rules, and the longer body wins.</li>
 * </ol>
 * Every traversal is iterative, so nesting depth costs no stack. Immutable and thread-safe.
 */
public final class HtmlPageExtractor {

    static final int FALLBACK_CHARS = 250;
    /** A block in the main content with more link text than this is a link list, not prose. */
    static final double MAX_BODY_LINK_DENSITY = 0.5;
    private static final int MAX_PATH_SEGMENTS = 10;
    private static final int AGENCY_PARAGRAPHS = 2;

    private final ClassHints hints = new ClassHints();
    private final BoilerplatePhrases phrases = new BoilerplatePhrases();
    private final HtmlMetadataReader metadata;
    private final BlockCollector collector = new BlockCollector(hints);
    private final MainContentFinder finder = new MainContentFinder(hints);
    private final AgencyLexicon agencies;
    private final PublicationDateParser dates;

    public HtmlPageExtractor() {
        this(new PublicationDateParser(), AgencyLexicon.standard());
    }

    public HtmlPageExtractor(PublicationDateParser dates, AgencyLexicon agencies) {
        this.metadata = new HtmlMetadataReader(dates, hints);
        this.dates = dates;
        this.agencies = agencies;
    }

    /** The page's main article (possibly without paragraphs); HTML pages yield one article. */
    public List<Article> extract(RawPage page) {
        Document doc = Jsoup.parse(page.text(), baseUri(page.source()));
        HtmlMetadata meta = metadata.read(doc, page.source());
        Element body = doc.body();
        PageTree tree = new PageTree(body);
        Labelled strict = label(body, tree, meta, false);
        Labelled chosen = strict;
        if (strict.bodyChars < FALLBACK_CHARS) {
            Labelled relaxed = label(body, tree, meta, true);
            if (relaxed.bodyChars > strict.bodyChars) {
                chosen = relaxed;
            }
        }
        return List.of(assemble(page, meta, chosen));
    }

    /** The metadata of an HTML page alone. */
    public HtmlMetadata metadata(RawPage page) {
        return metadata.read(Jsoup.parse(page.text(), baseUri(page.source())), page.source());
    }

    private record Labelled(List<Block> blocks, List<String> paragraphs, List<String> captions, List<String> related,
                            String titleText, int bodyChars) {
    }

    private Labelled label(Element body, PageTree tree, HtmlMetadata meta, boolean relaxed) {
        List<HtmlBlock> blocks = collector.collect(body, tree, relaxed);
        List<MainContentFinder.Range> ranges = finder.find(body, blocks, tree);
        int n = blocks.size();
        BlockLabel[] labels = new BlockLabel[n];
        String[] reasons = new String[n];
        boolean[] inMainContent = new boolean[n];
        String titleKey = meta.title() == null ? null : key(meta.title());
        String titleText = null;
        for (int i = 0; i < n; i++) {
            HtmlBlock b = blocks.get(i);
            boolean inMain = inside(ranges, b.start());
            inMainContent[i] = inMain;
            String text = b.text();
            if (b.isChrome()) {
                labels[i] = BlockLabel.NOISE;
                reasons[i] = b.chromeReason();
            } else if (titleText == null && MainContentFinder.isHeading(b.element())
                    && (titleKey != null ? sameTitle(key(text), titleKey) : b.element().normalName().equals("h1"))) {
                labels[i] = BlockLabel.TITLE;
                reasons[i] = titleKey != null ? "heading that is the metadata title" : "first h1";
                titleText = text;
            } else if (!inMain) {
                labels[i] = BlockLabel.NOISE;
                reasons[i] = "outside the main content";
            } else if (isCaption(b.element())) {
                labels[i] = BlockLabel.CAPTION;
                reasons[i] = "figure caption";
            } else if (b.linkDensity() > MAX_BODY_LINK_DENSITY) {
                boolean listItem = b.element().normalName().equals("li");
                labels[i] = listItem ? BlockLabel.RELATED : BlockLabel.NOISE;
                reasons[i] = String.format(Locale.ROOT, "mostly links (%.0f%%)", 100 * b.linkDensity());
            } else if (phrases.isBoilerplate(text)) {
                labels[i] = BlockLabel.NOISE;
                reasons[i] = "boilerplate phrase";
            } else if (text.length() <= DATE_LINE_CHARS && !LIST_TABLE_AND_CODE_TAGS.contains(b.element().normalName())
                    && !MainContentFinder.isHeading(b.element()) && dates.parse(text).isPresent()) {
                labels[i] = BlockLabel.META;
                reasons[i] = "a short line with a date: a dateline";
            } else if (text.length() < 200 && hints.of(b.element()).meta() > 0) {
                labels[i] = BlockLabel.META;
                reasons[i] = "class or id names metadata: " + BlockCollector.describe(b.element());
            } else {
                labels[i] = BlockLabel.BODY;
                reasons[i] = MainContentFinder.isHeading(b.element()) ? "heading in the main content" : "text in the main content";
            }
        }
        if (titleText == null) {
            titleText = headlineBeforeTheText(blocks, labels, reasons);
        }
        keepStandfirst(blocks, labels, reasons, inMainContent);
        dropHeadingsWithoutText(blocks, labels, reasons, inMainContent);
        dropFrameLines(blocks, labels, reasons);
        dropInvitationsToFollow(blocks, labels, reasons);
        return collect(blocks, labels, reasons, titleText, tree);
    }

    /**
     * When no heading is the metadata title (the site titles its pages apart from its headlines),
     * the page's first {@code h1}, when it comes before the first paragraph of the text, is the
     * headline: a title, not a line of the body. Returns its text, or null.
     */
    private static String headlineBeforeTheText(List<HtmlBlock> blocks, BlockLabel[] labels, String[] reasons) {
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            if (labels[i] == BlockLabel.BODY && !MainContentFinder.isHeading(b.element()) && b.text().length() >= PARAGRAPH_CHARS) {
                return null;
            }
            if (!b.isChrome() && b.element().normalName().equals("h1")) {
                labels[i] = BlockLabel.TITLE;
                reasons[i] = "first h1, before the text";
                return b.text();
            }
        }
        return null;
    }

    /**
     * A heading introduces what follows it: a short heading whose next block (captions and its own
     * subheadings passed over) is not text of the article, but a link list, a widget, a form or the
     * end of the main content ("Related articles", "Leave a comment", "More on this"), is the title
     * of chrome, not of a section of the article. A heading as long as a sentence is a standfirst and
     * stays whatever follows it.
     */
    private static void dropHeadingsWithoutText(List<HtmlBlock> blocks, BlockLabel[] labels, String[] reasons,
                                                boolean[] inMain) {
        for (int i = 0; i < blocks.size(); i++) {
            if (labels[i] != BlockLabel.BODY || !MainContentFinder.isHeading(blocks.get(i).element())
                    || blocks.get(i).text().length() >= STANDFIRST_CHARS) {
                continue;
            }
            if (!introducesText(blocks, labels, inMain, i)) {
                labels[i] = BlockLabel.NOISE;
                reasons[i] = "heading of no text (of a link list, a widget or nothing)";
            }
        }
    }

    private static boolean introducesText(List<HtmlBlock> blocks, BlockLabel[] labels, boolean[] inMain, int heading) {
        int level = headingLevel(blocks.get(heading).element());
        for (int k = heading + 1; k < blocks.size() && inMain[k]; k++) {
            Element next = blocks.get(k).element();
            boolean isHeading = MainContentFinder.isHeading(next);
            if (labels[k] == BlockLabel.CAPTION || (isHeading && labels[k] == BlockLabel.BODY && headingLevel(next) > level)) {
                continue;
            }
            return labels[k] == BlockLabel.BODY && !isHeading;
        }
        return false;
    }

    /** A line this short that holds a date is a dateline ("Published: 03.04.2020, 12:35"), not text. */
    static final int DATE_LINE_CHARS = 60;

    /** The least share of a title that a heading holding it, or held by it, must make up. */
    static final double TITLE_PART_SHARE = 0.4;

    /** A standfirst has at least this many characters (a byline or a date line has fewer). */
    static final int STANDFIRST_MIN_CHARS = 100;

    /**
     * The standfirst (lead) of an article sits between its headline and its text, often in the
     * headline's own box and so outside the main content: a paragraph found there, after the title
     * and before the first block of the main content, is the article's when it reads as prose (long,
     * ending as a sentence, few links; not a heading, caption, metadata or a chrome phrase). A deck
     * set as a subheading stays out: news sites give it apart from the body.
     */
    private void keepStandfirst(List<HtmlBlock> blocks, BlockLabel[] labels, String[] reasons, boolean[] inMain) {
        int title = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (labels[i] == BlockLabel.TITLE) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            return;
        }
        for (int i = title + 1; i < blocks.size() && !inMain[i]; i++) {
            HtmlBlock b = blocks.get(i);
            if (labels[i] == BlockLabel.NOISE && !b.isChrome() && !MainContentFinder.isHeading(b.element())
                    && b.text().length() >= STANDFIRST_MIN_CHARS && endsSentence(b.text())
                    && b.linkDensity() < MainContentFinder.ProseTally.PROSE_MAX_LINK_DENSITY && !isCaption(b.element())
                    && hints.of(b.element()).meta() == 0 && !phrases.isBoilerplate(b.text())) {
                labels[i] = BlockLabel.BODY;
                reasons[i] = "standfirst between the headline and the text";
            }
        }
    }

    /** A heading at least this long reads as a sentence: a standfirst, kept whatever follows it. */
    static final int STANDFIRST_CHARS = 70;

    /** A block of the main content this long is a paragraph of the article. */
    static final int PARAGRAPH_CHARS = 80;
    /** A line shorter than this before the first paragraph or after the last one frames the text. */
    static final int FRAME_LINE_CHARS = 60;

    /**
     * Short lines before the article's first paragraph and after its last one frame the text, they
     * are not text: kickers, categories, datelines and photo credits before; credits, sources, tags,
     * share and subscription prompts after. Short means under {@link #FRAME_LINE_CHARS} characters
     * and not ending as a sentence; paragraphs are blocks of {@link #PARAGRAPH_CHARS} characters or
     * more. Headings are judged by {@code dropHeadingsWithoutText}; list items, table cells and code
     * are short by nature and stay.
     */
    private static void dropFrameLines(List<HtmlBlock> blocks, BlockLabel[] labels, String[] reasons) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (labels[i] == BlockLabel.BODY && blocks.get(i).text().length() >= PARAGRAPH_CHARS) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if ((i < first || i > last) && labels[i] == BlockLabel.BODY && isFrameLine(blocks.get(i))) {
                labels[i] = BlockLabel.NOISE;
                reasons[i] = i < first ? "short line before the article's first paragraph"
                        : "short line after the article's last paragraph";
            }
        }
    }

    private static boolean isFrameLine(HtmlBlock b) {
        String tag = b.element().normalName();
        return b.text().length() < FRAME_LINE_CHARS && !LIST_TABLE_AND_CODE_TAGS.contains(tag)
                && !MainContentFinder.isHeading(b.element()) && !endsSentence(b.text());
    }

    /** An invitation to follow the site is at most this long; a longer paragraph is text that cites a post. */
    static final int INVITATION_MAX_CHARS = 300;

    /**
     * After the article's last paragraph, a line that links to a social network, a messenger or an
     * app store invites the reader to follow the site there ("Follow us on Telegram", "Get our app"),
     * whatever its language.
     */
    private static void dropInvitationsToFollow(List<HtmlBlock> blocks, BlockLabel[] labels, String[] reasons) {
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            if (labels[i] == BlockLabel.BODY && !b.socialLink() && b.text().length() >= PARAGRAPH_CHARS) {
                last = i;
            }
        }
        for (int i = last + 1; i < blocks.size() && last >= 0; i++) {
            HtmlBlock b = blocks.get(i);
            if (labels[i] == BlockLabel.BODY && b.socialLink() && b.text().length() <= INVITATION_MAX_CHARS) {
                labels[i] = BlockLabel.NOISE;
                reasons[i] = "invitation to follow the site on a social network or app";
            }
        }
    }

    /** List items, table cells, code: the article's own lists, tables and listings, short lines by nature. */
    private static final Set<String> LIST_TABLE_AND_CODE_TAGS = Set.of("li", "dt", "dd", "td", "th", "pre");

    /** Whether the text ends as a sentence does (full stop, question or exclamation mark, in any script). */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == ')' || text.charAt(i) == '\u201D' || text.charAt(i) == '\u00BB'
                || text.charAt(i) == '\uFF09')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u06D4';
    }

    private static int headingLevel(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    private Labelled collect(List<HtmlBlock> blocks, BlockLabel[] labels, String[] reasons, String titleText, PageTree tree) {
        List<Block> out = new ArrayList<>(blocks.size());
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> related = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int bodyChars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock b = blocks.get(i);
            String text = b.text();
            out.add(Block.html(cssPath(b.element(), tree), labels[i], reasons[i], text));
            switch (labels[i]) {
                case BODY -> {
                    for (String line : text.split("\n")) {
                        String p = line.strip();
                        if (!p.isEmpty()) {
                            paragraphs.add(p);
                            bodyChars += p.length();
                        }
                    }
                }
                case CAPTION -> captions.add(text.replace('\n', ' '));
                case RELATED -> {
                    if (seen.add(text)) {
                        related.add(text.replace('\n', ' '));
                    }
                }
                default -> {
                }
            }
        }
        return new Labelled(out, paragraphs, captions, related, titleText, bodyChars);
    }

    private Article assemble(RawPage page, HtmlMetadata meta, Labelled l) {
        String source = meta.canonical() != null && meta.canonical().startsWith("http") ? meta.canonical() : page.source();
        List<String> cited = new ArrayList<>();
        if (meta.byline() != null) {
            addAgencies(cited, agencies.find(meta.byline(), true));
        }
        List<String> ps = l.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (i < AGENCY_PARAGRAPHS || i >= ps.size() - AGENCY_PARAGRAPHS) {
                addAgencies(cited, agencies.find(ps.get(i), false));
            }
        }
        String title = meta.title() != null ? meta.title() : l.titleText();
        return new Article(ArticleIds.of(source, 0), source, 0, Article.Role.MAIN, title, meta.published(),
                meta.published() == null ? null : "page", meta.outlet(), meta.section(), meta.byline(), cited, meta.tags(),
                ps, l.captions(), l.related(), language(meta, ps), l.blocks());
    }

    private static void addAgencies(List<String> cited, List<Agency> found) {
        for (Agency a : found) {
            if (!cited.contains(a.arabicName())) {
                cited.add(a.arabicName());
            }
        }
    }

    /** The declared language, else the one its script tells. */
    private static String language(HtmlMetadata meta, List<String> paragraphs) {
        return meta.language() != null ? meta.language() : ScriptLanguage.of(paragraphs);
    }

    private static boolean inside(List<MainContentFinder.Range> ranges, int n) {
        for (MainContentFinder.Range r : ranges) {
            if (r.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCaption(Element el) {
        String tag = el.normalName();
        if (tag.equals("figcaption") || tag.equals("caption")) {
            return true;
        }
        Element parent = el.parent();
        if (parent != null && (parent.normalName().equals("figure") || parent.normalName().equals("figcaption"))) {
            return true;
        }
        return hints.of(el).caption() > 0;
    }

    /** The text's letters and digits, lower-cased: quotes, dashes and spaces differ between a page's title and its heading. */
    private static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Whether a heading is the page's title: the same letters, or one holding the other when the
     * metadata title adds the site's name ("Title | Site", "Site - Title") or a heading adds a
     * kicker, the shorter being at least {@link #TITLE_PART_SHARE} of the longer.
     */
    static boolean sameTitle(String headingKey, String titleKey) {
        if (headingKey.isEmpty() || titleKey.isEmpty()) {
            return false;
        }
        if (headingKey.equals(titleKey)) {
            return true;
        }
        String shorter = headingKey.length() < titleKey.length() ? headingKey : titleKey;
        String longer = shorter == headingKey ? titleKey : headingKey;
        return shorter.length() >= TITLE_PART_SHARE * longer.length() && longer.contains(shorter);
    }

    /** A CSS path of at most {@value #MAX_PATH_SEGMENTS} steps up from the element: {@code div#main > p:nth-child(3)}. */
    /** The first of an element's space-separated class names. */
    private static String firstClass(String classes) {
        String c = classes.strip();
        int end = 0;
        while (end < c.length() && !Character.isWhitespace(c.charAt(end))) {
            end++;
        }
        return c.substring(0, end);
    }

    static String cssPath(Element el, PageTree tree) {
        List<String> steps = new ArrayList<>();
        Element e = el;
        boolean first = true;
        while (e != null && !e.normalName().equals("#root") && steps.size() < MAX_PATH_SEGMENTS) {
            StringBuilder step = new StringBuilder(e.normalName());
            if (!e.id().isEmpty()) {
                step.append('#').append(e.id());
            } else if (first && e.parent() != null) {
                int index = tree.siblingIndex(e);
                step.append(":nth-child(").append((index >= 0 ? index : e.elementSiblingIndex()) + 1).append(')');
            } else if (!e.className().isBlank()) {
                step.append('.').append(firstClass(e.className()));
            }
            steps.add(step.toString());
            if (!e.id().isEmpty() && !first) {
                break;
            }
            first = false;
            e = e.parent();
        }
        StringBuilder path = new StringBuilder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            path.append(steps.get(i));
            if (i > 0) {
                path.append(" > ");
            }
        }
        return path.toString();
    }

    private static String baseUri(String source) {
        return source.startsWith("http://") || source.startsWith("https://") ? source : "";
    }
}

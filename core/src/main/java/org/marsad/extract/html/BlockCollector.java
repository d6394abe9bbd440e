package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into text blocks in one iterative traversal, setting aside whole subtrees that are
 * chrome on their face:
 * <ul>
 *   <li>never text: scripts, styles, forms controls, media, the head, ruby annotations (the readings
 *       printed above CJK text): skipped without a block (but a
 *       {@code noscript} left open, which swallowed most of the page, is read);</li>
 *   <li>hidden elements ({@code hidden}, {@code display:none}): skipped without a block;</li>
 *   <li>{@code nav}, {@code aside}, {@code footer}, {@code menu}, landmark roles of chrome, comment
 *       forms, small {@code header}s outside an article, and elements whose class or id name chrome
 *       ({@link ClassHints}) unless they hold two fifths of the page's text (then they are its frame):
 *       one chrome block each, with the reason (so {@code --explain} shows them).</li>
 * </ul>
 * Each block also says whether it links to a social network or an app store ({@link SocialLinks}).
 * In relaxed mode only the first two apply (the fallback for pages whose markup names everything chrome).
 */
final class BlockCollector {

    static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "head", "svg", "canvas",
            "iframe", "object", "embed", "audio", "video", "map", "select", "option", "button", "input", "textarea",
            "link", "meta", "math", "rt", "rp");
    static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "menu");
    static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner", "menu",
            "menubar", "search", "dialog", "alert");
    static final Set<String> BLOCK_TAGS = Set.of("html", "body", "div", "section", "article", "main", "p", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td",
            "th", "blockquote", "pre", "figure", "figcaption", "header", "address", "center", "form", "fieldset",
            "details", "summary", "caption", "hr", "hgroup", "picture");
    /** Elements whose own header is the article's header, never page chrome. */
    static final Set<String> ARTICLE_TAGS = Set.of("article", "main");
    /** Containers that a chrome class name never removes: the page, the article, a quotation (an embedded post is quoted text). */
    static final Set<String> NEVER_CHROME_TAGS = Set.of("html", "body", "article", "main", "blockquote");
    /**
     * An element holding at least this share (two fifths) of the page's text is the page's frame, not chrome,
     * whatever its class says ({@code content-sidebar-wrap}, {@code container no-sub-nav}). Not less: on a
     * short post, an author's box, a list of related posts or a tab widget holds a third of the text.
     */
    static final double FRAME_SHARE = 0.4;
    /** A noscript holding more than this share of the page's text swallowed the page (see {@code swallowedPage}). */
    static final double SWALLOWED_SHARE = 0.5;
    /** A header holding less than this share of the page's text is chrome (masthead, not an article header). */
    static final double SMALL_HEADER_SHARE = 0.15;

    private final ClassHints hints;
    private final SocialLinks social = new SocialLinks();

    BlockCollector(ClassHints hints) {
        this.hints = hints;
    }

    List<HtmlBlock> collect(Element body, PageTree tree, boolean relaxed) {
        Collecting c = new Collecting(tree, relaxed, Math.max(1, tree.chars(body)));
        NodeTraversor.filter(c, body);
        c.blocks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return c.blocks;
    }

    private final class Collecting implements NodeFilter {
        final PageTree tree;
        final boolean relaxed;
        final int pageChars;
        final List<HtmlBlock> blocks = new ArrayList<>();
        Open[] open = new Open[32];
        int depth;
        int anchors;
        /** How many article or main elements are open: a header inside one is the article's own (title, standfirst). */
        int openArticles;
        /** How many quotations are open: links in an embedded post are the post's, not the site's. */
        int openQuotes;

        Collecting(PageTree tree, boolean relaxed, int pageChars) {
            this.tree = tree;
            this.relaxed = relaxed;
            this.pageChars = pageChars;
        }

        @Override
        public FilterResult head(Node node, int d) {
            if (node instanceof TextNode text) {
                if (depth > 0) {
                    open[depth - 1].append(text.getWholeText(), anchors > 0);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if ((SKIPPED_TAGS.contains(tag) && !swallowedPage(el, tag)) || isHidden(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String chrome = chromeReason(el, tag);
            if (chrome != null) {
                String text = el.text();
                if (!text.isBlank()) {
                    blocks.add(new HtmlBlock(el, tree.start(el), text, 0, chrome, false));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br") && depth > 0) {
                open[depth - 1].lineBreak();
            } else if (tag.equals("a")) {
                anchors++;
                if (depth > 0 && openQuotes == 0 && social.isSocial(el.attr("href"))) {
                    open[depth - 1].socialLink = true;
                }
            } else if (BLOCK_TAGS.contains(tag)) {
                if (ARTICLE_TAGS.contains(tag)) {
                    openArticles++;
                } else if (tag.equals("blockquote")) {
                    openQuotes++;
                }
                if (depth == open.length) {
                    open = Arrays.copyOf(open, open.length * 2);
                }
                open[depth++] = new Open(el, tree.start(el));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int d) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("a")) {
                    anchors--;
                } else if (depth > 0 && open[depth - 1].element == el) {
                    if (ARTICLE_TAGS.contains(tag)) {
                        openArticles--;
                    } else if (tag.equals("blockquote")) {
                        openQuotes--;
                    }
                    Open o = open[--depth];
                    open[depth] = null;
                    String text = o.text();
                    if (!text.isEmpty()) {
                        blocks.add(new HtmlBlock(el, o.start, text, o.linkChars, null, o.socialLink));
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * A {@code noscript} left open (a common markup slip) holds the rest of the page once parsed;
         * one that holds a large share of the page's text is read like any container.
         */
        private boolean swallowedPage(Element el, String tag) {
            return tag.equals("noscript") && tree.chars(el) > SWALLOWED_SHARE * pageChars;
        }

        private String chromeReason(Element el, String tag) {
            if (relaxed) {
                return null;
            }
            if (CHROME_TAGS.contains(tag)) {
                return "<" + tag + "> element";
            }
            String role = el.attr("role").toLowerCase(Locale.ROOT);
            if (!role.isEmpty() && CHROME_ROLES.contains(role)) {
                return "role=" + role;
            }
            if (tag.equals("header") && tree.chars(el) < SMALL_HEADER_SHARE * pageChars && openArticles == 0) {
                return "page header";
            }
            if (tag.equals("form") && el.selectFirst("textarea") != null) {
                return "comment form";
            }
            if (NEVER_CHROME_TAGS.contains(tag) || el.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return null;
            }
            ClassHints.Hint hint = hints.of(el);
            if (hint.isChrome() && tree.chars(el) < FRAME_SHARE * pageChars) {
                return "class or id names chrome: " + describe(el);
            }
            return null;
        }
    }

    static String describe(Element el) {
        String id = el.id();
        String cls = el.className();
        return (id.isEmpty() ? "" : "#" + id) + (cls.isEmpty() ? "" : (id.isEmpty() ? "" : " ") + "." + cls.trim().replaceAll("\\s+", "."));
    }

    private static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** A block being filled while its element is open. */
    private static final class Open {
        final Element element;
        final int start;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        boolean socialLink;
        boolean space = true;

        Open(Element element, int start) {
            this.element = element;
            this.start = start;
        }

        void append(String raw, boolean link) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                    if (!space) {
                        text.append(' ');
                        space = true;
                        if (link) {
                            linkChars++;
                        }
                    }
                } else {
                    text.append(c);
                    space = false;
                    if (link) {
                        linkChars++;
                    }
                }
            }
        }

        void lineBreak() {
            int n = text.length();
            if (n > 0 && text.charAt(n - 1) == ' ') {
                text.setLength(n - 1);
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            space = true;
        }

        String text() {
            return text.toString().strip();
        }
    }
}

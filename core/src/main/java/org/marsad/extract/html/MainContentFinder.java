package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Finds the element (and the siblings that continue it) that holds the main text, by scoring:
 * <ul>
 *   <li>every text block of at least {@link #MIN_BLOCK_CHARS} characters gives its ancestors, up to
 *       five levels, a score of 1 + its commas + one per 100 characters (at most 3), divided by
 *       1, 2, 6, 9, 12 as the ancestor is further up (text density and paragraph structure);</li>
 *   <li>an ancestor starts from a bonus for its tag ({@code article}, {@code div}: up; lists,
 *       headings: down) and ±25 for what its class or id says ({@link ClassHints});</li>
 *   <li>the total is scaled by (1 - link density) of the ancestor's subtree;</li>
 *   <li>the best one wins; its siblings join when they score at least a fifth of it, or are
 *       paragraphs of prose (long with few links).</li>
 * </ul>
 * The result is a list of document-order ranges ({@link PageTree}) that hold the main text.
 */
final class MainContentFinder {

    static final int MIN_BLOCK_CHARS = 25;
    private static final int LEVELS = 5;
    private static final char ARABIC_COMMA = '\u060C';

    /** A document-order range [start, end) of elements. */
    record Range(int start, int end, Element element) {
        boolean contains(int n) {
            return n >= start && n < end;
        }
    }

    private final ClassHints hints;

    MainContentFinder(ClassHints hints) {
        this.hints = hints;
    }

    List<Range> find(Element body, List<HtmlBlock> blocks, PageTree tree) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (HtmlBlock b : blocks) {
            if (b.isChrome() || b.text().length() < MIN_BLOCK_CHARS || isHeading(b.element())) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(b.text().length() / 100, 3);
            Element ancestor = b.element().parent();
            for (int level = 0; level < LEVELS && ancestor != null && tree.start(ancestor) >= 0; level++) {
                double[] s = scores.computeIfAbsent(ancestor, this::initialScore);
                s[0] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double best = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double f = e.getValue()[0] * (1 - tree.linkDensity(e.getKey()));
            finals.put(e.getKey(), f);
            if (top == null || f > best || (f == best && tree.start(e.getKey()) < tree.start(top))) {
                top = e.getKey();
                best = f;
            }
        }
        List<Range> ranges = new ArrayList<>();
        if (top == null) {
            ranges.add(new Range(tree.start(body), tree.end(body), body));
            return ranges;
        }
        Element parent = top.parent();
        if (parent == null || tree.start(parent) < 0) {
            ranges.add(new Range(tree.start(top), tree.end(top), top));
            return ranges;
        }
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, finals, threshold, tree)) {
                ranges.add(new Range(tree.start(sibling), tree.end(sibling), sibling));
            }
        }
        return ranges;
    }

    private boolean joins(Element sibling, Map<Element, Double> finals, double threshold, PageTree tree) {
        Double f = finals.get(sibling);
        if (f != null && f >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int chars = tree.chars(sibling);
        double links = tree.linkDensity(sibling);
        return chars > 80 && links < 0.25;
    }

    private double[] initialScore(Element el) {
        double tagBonus = switch (el.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
            tagBonus += 25;
        }
        return new double[] {tagBonus + hints.of(el).weight()};
    }

    static boolean isHeading(Element el) {
        String t = el.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ARABIC_COMMA) {
                n++;
            }
        }
        return n;
    }
}

package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Finds the element (and the siblings that continue it) that holds the main text:
 * <ul>
 *   <li>scoring: every text block of at least {@link #MIN_BLOCK_CHARS} characters gives its
 *       ancestors, up to five levels, a score of 1 + its commas + one per 100 characters (at most 3),
 *       divided by 1, 2, 6, 9, 12 as the ancestor is further up (text density and paragraph
 *       structure); an ancestor adds a bonus for its tag ({@code article}, {@code div}: up; lists,
 *       headings: down) and ±25 for what its class or id says ({@link ClassHints}), a positive bonus
 *       being at most twice what its text scores (a promising name on a line of text wins nothing);
 *       the total is scaled by (1 - link density) of the ancestor's subtree; the best one wins;</li>
 *   <li>growth: the winner's ancestors are taken one by one while what each adds is prose with
 *       few links ({@link ProseTally}), as when one article is split over sibling containers;</li>
 *   <li>the holder of most of the page's prose (the smallest element with
 *       {@link #MOST_PROSE_SHARE} of it) replaces the result when the scoring was misled
 *       (see {@code preferHolderOfMostProse});</li>
 *   <li>siblings of the result join when they score at least a fifth of the winner, or are
 *       paragraphs or containers of prose (long, few links).</li>
 * </ul>
 * The result is a list of document-order ranges ({@link PageTree}) that hold the main text.
 */
final class MainContentFinder {

    static final int MIN_BLOCK_CHARS = 25;
    /** The share of the page's prose whose smallest holder competes with the scored candidate. */
    static final double MOST_PROSE_SHARE = 0.85;
    /** A candidate's tag and class bonus is at most this many times the score of its text. */
    static final double MAX_BONUS_PER_TEXT_SCORE = 2;
    /** The two parts of a candidate's score: what its tag and names say, and what its text says. */
    private static final int BONUS = 0;
    private static final int TEXT = 1;
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
                s[TEXT] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double best = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double[] v = e.getValue();
            // a name or tag adds at most twice what the text scores: no text, no bonus
            double bonus = v[BONUS] > 0 ? Math.min(v[BONUS], MAX_BONUS_PER_TEXT_SCORE * v[TEXT]) : v[BONUS];
            double f = (bonus + v[TEXT]) * (1 - tree.linkDensity(e.getKey()));
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
        ProseTally tally = new ProseTally(blocks);
        top = preferHolderOfMostProse(top, grow(top, tally, tree), holderOfMostProse(body, tally, tree), tally, tree);
        best = finals.getOrDefault(top, best);
        Element parent = top.parent();
        if (parent == null || tree.start(parent) < 0) {
            ranges.add(new Range(tree.start(top), tree.end(top), top));
            return ranges;
        }
        double threshold = Math.max(10, best * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, finals, threshold, tree, tally)) {
                ranges.add(new Range(tree.start(sibling), tree.end(sibling), sibling));
            }
        }
        return ranges;
    }

    /**
     * The smallest element holding {@link #MOST_PROSE_SHARE} of the page's prose, or null for a page
     * without prose: found by walking down from {@code body} while one child holds that much.
     */
    private static Element holderOfMostProse(Element body, ProseTally tally, PageTree tree) {
        long total = tally.prose(tree.start(body), tree.end(body));
        if (total == 0) {
            return null;
        }
        Element holder = body;
        for (boolean descended = true; descended; ) {
            descended = false;
            for (Element child : holder.children()) {
                if (tree.start(child) >= 0 && tally.prose(tree.start(child), tree.end(child)) >= MOST_PROSE_SHARE * total) {
                    holder = child;
                    descended = true;
                    break;
                }
            }
        }
        return holder;
    }

    /**
     * The candidate found by scoring and growth, or the holder of most of the page's prose when the
     * scoring was misled:
     * <ul>
     *   <li>the best-scored element lies apart from the holder (the scoring chose a sidebar, a cookie
     *       notice or a box that a class name or a run of commas favoured): the holder, when it holds
     *       at least as much prose;</li>
     *   <li>the holder lies around the candidate: the holder, when what it adds passes the test of
     *       growth (prose with few links, outweighing clutter), as sibling containers split at several
     *       levels do as a whole though no single step of growth does.</li>
     * </ul>
     */
    private static Element preferHolderOfMostProse(Element best, Element candidate, Element holder, ProseTally tally,
                                                   PageTree tree) {
        if (holder == null || holder == candidate) {
            return candidate;
        }
        if (!contains(holder, best, tree) && !contains(best, holder, tree)) {
            long holderProse = tally.prose(tree.start(holder), tree.end(holder));
            return holderProse >= tally.prose(tree.start(best), tree.end(best)) ? holder : candidate;
        }
        if (contains(holder, candidate, tree)) {
            ProseTally.Added added = tally.added(tree.start(candidate), tree.end(candidate), tree.start(holder), tree.end(holder));
            return isGrowth(added) ? holder : candidate;
        }
        return candidate;
    }

    private static boolean contains(Element outer, Element inner, PageTree tree) {
        return tree.start(inner) >= tree.start(outer) && tree.end(inner) <= tree.end(outer);
    }

    /** Whether what an ancestor adds continues the text: prose with few links, outweighing the clutter it brings. */
    private static boolean isGrowth(ProseTally.Added added) {
        return added.linkDensity() <= ProseTally.GROWTH_MAX_LINK_DENSITY
                && added.prose() >= ProseTally.CLUTTER_WEIGHT * added.clutter();
    }

    /**
     * The best candidate, or the ancestor that continues it: pages often split one article over
     * sibling containers (text, then a photo, then more text), each of which scores alone. Climbing
     * from the candidate, an ancestor is taken when what it adds is prose with few links and
     * outweighs the short lines it brings along; climbing stops at the first ancestor that adds
     * link-heavy or cluttered text (teaser lists, navigation), and never reaches {@code body}.
     */
    private static Element grow(Element top, ProseTally tally, PageTree tree) {
        Element chosen = top;
        for (Element a = top.parent(); a != null && tree.start(a) >= 0 && !NEVER_GROWN_TO.contains(a.normalName());
             a = a.parent()) {
            ProseTally.Added added = tally.added(tree.start(chosen), tree.end(chosen), tree.start(a), tree.end(a));
            if (added.text() == 0) {
                continue;
            }
            if (!isGrowth(added)) {
                break;
            }
            chosen = a;
        }
        return chosen;
    }

    /** The page's whole body is never the main content by growth (it holds the chrome too). */
    private static final java.util.Set<String> NEVER_GROWN_TO = java.util.Set.of("body", "html");

    /**
     * Characters of prose and of clutter over the blocks in document order, as prefix sums, so that
     * any subtree's tally is two lookups. Prose: a block of at least {@link #MIN_BLOCK_CHARS}
     * characters with few links. Clutter: shorter blocks and link lists. Headings count only as text;
     * chrome not at all (it never reaches the output).
     */
    static final class ProseTally {
        static final double PROSE_MAX_LINK_DENSITY = 0.25;
        /** How much one character of clutter weighs against one of prose. */
        static final double CLUTTER_WEIGHT = 1.0;
        /** Text added by growing may have at most this share of link text. */
        static final double GROWTH_MAX_LINK_DENSITY = 0.1;

        /** What an ancestor adds to the region: prose, clutter, all text and link text, in characters. */
        record Added(long prose, long clutter, long text, long links) {
            double linkDensity() {
                return text == 0 ? 0 : (double) links / text;
            }
        }

        private final int[] starts;
        private final long[] prose;
        private final long[] clutter;
        private final long[] text;
        private final long[] links;

        ProseTally(List<HtmlBlock> blocks) {
            int n = blocks.size();
            starts = new int[n];
            prose = new long[n + 1];
            clutter = new long[n + 1];
            text = new long[n + 1];
            links = new long[n + 1];
            for (int i = 0; i < n; i++) {
                HtmlBlock b = blocks.get(i);
                starts[i] = b.start();
                int len = b.text().length();
                boolean counted = !b.isChrome();
                boolean heading = isHeading(b.element());
                boolean isProse = counted && !heading && len >= MIN_BLOCK_CHARS && b.linkDensity() <= PROSE_MAX_LINK_DENSITY;
                prose[i + 1] = prose[i] + (isProse ? len : 0);
                clutter[i + 1] = clutter[i] + (counted && !heading && !isProse ? len : 0);
                text[i + 1] = text[i] + (counted ? len : 0);
                links[i + 1] = links[i] + (counted ? b.linkChars() : 0);
            }
        }

        long prose(int start, int end) {
            return prose[firstAtOrAfter(end)] - prose[firstAtOrAfter(start)];
        }

        /** Minimum prose of a sibling container that joins the main content on its prose alone. */
        static final int PROSE_CONTAINER_CHARS = 200;
        /** Share of a prose container's text that must be prose (the rest: headings, short lines, links). */
        static final double PROSE_CONTAINER_SHARE = 0.8;

        /**
         * Whether the subtree [start, end) is a container of prose: at least
         * {@link #PROSE_CONTAINER_CHARS} characters of it, four fifths of its text, few links.
         */
        boolean isProseContainer(int start, int end) {
            int from = firstAtOrAfter(start);
            int to = firstAtOrAfter(end);
            long p = prose[to] - prose[from];
            long t = text[to] - text[from];
            long l = links[to] - links[from];
            return p >= PROSE_CONTAINER_CHARS && p >= PROSE_CONTAINER_SHARE * t && l < PROSE_MAX_LINK_DENSITY * t;
        }

        /** What the subtree [outerStart, outerEnd) holds beyond the subtree [innerStart, innerEnd) inside it. */
        Added added(int innerStart, int innerEnd, int outerStart, int outerEnd) {
            int a = firstAtOrAfter(outerStart);
            int b = firstAtOrAfter(innerStart);
            int c = firstAtOrAfter(innerEnd);
            int d = firstAtOrAfter(outerEnd);
            return new Added(outside(prose, a, b, c, d), outside(clutter, a, b, c, d), outside(text, a, b, c, d),
                    outside(links, a, b, c, d));
        }

        private static long outside(long[] sums, int a, int b, int c, int d) {
            return (sums[b] - sums[a]) + (sums[d] - sums[c]);
        }

        private int firstAtOrAfter(int position) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static boolean joins(Element sibling, Map<Element, Double> finals, double threshold, PageTree tree,
                                 ProseTally tally) {
        Double f = finals.get(sibling);
        if (f != null && f >= threshold) {
            return true;
        }
        if (sibling.normalName().equals("p")) {
            return tree.chars(sibling) > 80 && tree.linkDensity(sibling) < 0.25;
        }
        return tally.isProseContainer(tree.start(sibling), tree.end(sibling));
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
        return new double[] {tagBonus + hints.of(el).weight(), 0};
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

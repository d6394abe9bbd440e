package org.marsad.extract.html;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One iterative pass over a parsed page that numbers its elements in document order and counts,
 * for each, the visible characters in its subtree and how many of them are link text. An
 * element's subtree is the range {@code [start, end)} of numbers, so containment is a comparison
 * and no later stage needs to walk up or down the tree (pages can nest 100,000 elements deep).
 */
final class PageTree {

    private final Map<Element, Integer> numbers = new IdentityHashMap<>();
    private int[] end = new int[256];
    private int[] chars = new int[256];
    private int[] linkChars = new int[256];
    /** Each element's index among its parent's element children (jsoup's own lookup scans the siblings). */
    private int[] siblingIndex = new int[256];
    private int count;

    // the traversal state: the numbers of the open elements, and how many open elements are links
    private int[] open = new int[64];
    /** For each open element, how many element children it has had so far. */
    private int[] children = new int[64];
    private int depth;
    private int anchors;

    PageTree(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int d) {
                if (node instanceof Element el) {
                    enter(el);
                } else if (node instanceof TextNode text && depth > 0) {
                    int visible = visibleLength(text.getWholeText());
                    int top = open[depth - 1];
                    chars[top] += visible;
                    if (anchors > 0) {
                        linkChars[top] += visible;
                    }
                }
            }

            @Override
            public void tail(Node node, int d) {
                if (node instanceof Element el) {
                    leave(el);
                }
            }
        }, root);
        open = null;
        children = null;
    }

    private void enter(Element el) {
        int n = count++;
        numbers.put(el, n);
        if (n == end.length) {
            int size = end.length * 2;
            end = Arrays.copyOf(end, size);
            chars = Arrays.copyOf(chars, size);
            linkChars = Arrays.copyOf(linkChars, size);
            siblingIndex = Arrays.copyOf(siblingIndex, size);
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, open.length * 2);
            children = Arrays.copyOf(children, children.length * 2);
        }
        siblingIndex[n] = depth > 0 ? children[depth - 1]++ : 0;
        children[depth] = 0;
        open[depth++] = n;
        if (el.normalName().equals("a")) {
            anchors++;
        }
    }

    private void leave(Element el) {
        int n = open[--depth];
        end[n] = count;
        if (depth > 0) {
            int parent = open[depth - 1];
            chars[parent] += chars[n];
            linkChars[parent] += linkChars[n];
        }
        if (el.normalName().equals("a")) {
            anchors--;
        }
    }

    /** The element's number in document order, or -1 for an element not in the tree. */
    int start(Element el) {
        Integer n = numbers.get(el);
        return n == null ? -1 : n;
    }

    /** One past the number of the last element in the subtree. */
    int end(Element el) {
        int n = start(el);
        return n < 0 ? -1 : end[n];
    }

    /** The element's 0-based index among its parent's element children, or -1 when not in the tree. */
    int siblingIndex(Element el) {
        int n = start(el);
        return n < 0 ? -1 : siblingIndex[n];
    }

    int chars(Element el) {
        int n = start(el);
        return n < 0 ? 0 : chars[n];
    }

    double linkDensity(Element el) {
        int n = start(el);
        return n < 0 || chars[n] == 0 ? 0 : (double) linkChars[n] / chars[n];
    }

    /** Characters once runs of whitespace count as one. */
    static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }
}

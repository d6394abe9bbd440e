package org.marsad.story;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * An article's body cut into the news items it tells, at the phrases where it turns to other news
 * ({@link AsideMarkers}), and the item its headline is about. Most articles tell one item. A round-up
 * (club pages, local pages) tells several and headlines one of them, usually the first but not
 * always: a round-up may lead with a contract renewal and headline the sponsorship it tells third.
 * Story clustering counts the headlined item's terms in full and the other items'
 * {@link StoryParameters#asideWeight()}.
 *
 * @param headlined the terms of the item the headline is about
 * @param others    the terms of the other items in text order, a null between two items (so that no
 *                  word pair spans them); empty when the article tells one item
 */
record NewsItems(String[] headlined, String[] others) {

    /**
     * Cuts {@code body} at {@code starts} and picks the item holding the most distinct headline
     * terms (the first item on a tie, and when the headline names none of them).
     *
     * @param title  the headline's terms as the vocabulary keys them, null for a stop word
     * @param body   the body's terms as the vocabulary keys them, null for a stop word
     * @param starts where items after the first start, ascending ({@link AsideMarkers#starts})
     */
    static NewsItems of(String[] title, String[] body, int[] starts) {
        if (starts.length == 0) {
            return new NewsItems(body, new String[0]);
        }
        Set<String> headline = new HashSet<>();
        for (String t : title) {
            if (t != null) {
                headline.add(t);
            }
        }
        int items = starts.length + 1;
        int best = 0;
        int bestCount = -1;
        for (int item = 0; item < items; item++) {
            Set<String> named = new HashSet<>();
            for (int i = from(item, starts); i < to(item, starts, body.length); i++) {
                if (body[i] != null && headline.contains(body[i])) {
                    named.add(body[i]);
                }
            }
            if (named.size() > bestCount) {
                bestCount = named.size();
                best = item;
            }
        }
        String[] others = new String[body.length - (to(best, starts, body.length) - from(best, starts)) + items - 2];
        int n = 0;
        for (int item = 0; item < items; item++) {
            if (item == best) {
                continue;
            }
            if (n > 0) {
                others[n++] = null;
            }
            int from = from(item, starts);
            int length = to(item, starts, body.length) - from;
            System.arraycopy(body, from, others, n, length);
            n += length;
        }
        return new NewsItems(Arrays.copyOfRange(body, from(best, starts), to(best, starts, body.length)), others);
    }

    private static int from(int item, int[] starts) {
        return item == 0 ? 0 : starts[item - 1];
    }

    private static int to(int item, int[] starts, int length) {
        return item == starts.length ? length : starts[item];
    }
}

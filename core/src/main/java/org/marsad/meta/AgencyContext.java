package org.marsad.meta;

import java.util.List;

import org.marsad.lexicon.Proclitics;

/**
 * Decides whether a mention of an agency name that is also an ordinary word (فارس, بترا, وام)
 * really names the agency. It does when any of these holds:
 * <ul>
 *   <li>the whole text is a source or byline line (the caller says so);</li>
 *   <li>a cue stands right before it (وكالة فارس, لوكالة «واس», المصدر: وام), proclitics on the
 *       cue's first word tolerated; or right after it (فارس للأنباء);</li>
 *   <li>it is wrapped in brackets or quotes: (واس), «بترا».</li>
 * </ul>
 */
final class AgencyContext {

    /** Quotes and brackets that may open a wrapped name; Arabic text uses guillemets and curly quotes either way round. */
    private static final String OPENERS = "([{«»‹›“”„‘’‚\"'\uFD3E\uFD3F";
    private static final String CLOSERS = ")]}«»‹›“”‘’\"'\uFD3E\uFD3F";
    /** What may stand between a cue and the name before it: المصدر: وام, وكالة – فارس, وكالة «فارس». */
    private static final String GAP_AFTER_BEFORE_CUE = ":-\u2013\u2014" + OPENERS;
    /** What may stand between the name and a cue after it: «فارس» للأنباء. */
    private static final String GAP_BEFORE_AFTER_CUE = CLOSERS;

    private final List<AgencyCue> cues;

    AgencyContext(List<AgencyCue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** Whether the mention spanning words {@code first..last} names an agency. */
    boolean confirms(WordTokens tokens, int first, int last, boolean metadataContext) {
        return metadataContext || isWrapped(tokens, first, last) || hasCue(tokens, first, last);
    }

    private static boolean isWrapped(WordTokens tokens, int first, int last) {
        return OPENERS.indexOf(tokens.charBefore(first)) >= 0 && CLOSERS.indexOf(tokens.charAfter(last)) >= 0;
    }

    private boolean hasCue(WordTokens tokens, int first, int last) {
        for (AgencyCue cue : cues) {
            boolean found = cue.before()
                    ? cueEndsAt(tokens, cue, first - 1) && tokens.gapBeforeIsOnly(first, GAP_AFTER_BEFORE_CUE)
                    : cueStartsAt(tokens, cue, last + 1) && tokens.gapBeforeIsOnly(last + 1, GAP_BEFORE_AFTER_CUE);
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueEndsAt(WordTokens tokens, AgencyCue cue, int last) {
        return cueStartsAt(tokens, cue, last - cue.words().size() + 1);
    }

    private static boolean cueStartsAt(WordTokens tokens, AgencyCue cue, int first) {
        List<String> words = cue.words();
        if (first < 0 || first + words.size() > tokens.size() || !Proclitics.matches(tokens.key(first), words.get(0))) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!tokens.key(first + k).equals(words.get(k)) || !tokens.gapBeforeIsOnly(first + k, "")) {
                return false;
            }
        }
        return true;
    }
}

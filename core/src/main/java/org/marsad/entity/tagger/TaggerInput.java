package org.marsad.entity.tagger;

import org.marsad.entity.CliticTokens;

/**
 * A text ready for the tagger: its words ({@link CliticTokens}), the feature hashes of each word
 * (word i has {@code hashes[rowStart[i] .. rowStart[i + 1])}), and where segments start. A segment
 * is a run of words with no line break between them (a sentence of CoNLL data, a paragraph of an
 * article); it is the unit the tagger decodes.
 */
record TaggerInput(CliticTokens tokens, long[] hashes, int[] rowStart, boolean[] segmentStart) {

    int size() {
        return tokens.size();
    }

    /** The end (exclusive) of the segment starting at word {@code from}. */
    int segmentEnd(int from) {
        int end = from + 1;
        while (end < size() && !segmentStart[end]) {
            end++;
        }
        return end;
    }
}

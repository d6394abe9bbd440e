package org.marsad.normalize;

import static org.marsad.normalize.ArabicLetters.TATWEEL;

/**
 * Removes tatweel (U+0640, kashida), the stroke that stretches a word for looks: كـــوريا is
 * كوريا.
 */
final class TatweelFilter implements CharFilter {

    @Override
    public int filter(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c != TATWEEL) {
                buffer[out++] = c;
            }
        }
        return out;
    }
}

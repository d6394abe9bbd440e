package org.marsad.meta;

import java.util.List;

/**
 * Words that mark the name next to them as a news agency: وكالة before it, للأنباء after it.
 *
 * @param words  matching keys of the cue's words
 * @param before whether the cue stands right before the name (else right after it)
 */
record AgencyCue(List<String> words, boolean before) {

    AgencyCue {
        words = List.copyOf(words);
    }
}

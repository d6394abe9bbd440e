package org.marsad.extract;

import org.marsad.article.BlockLabel;

/**
 * Where a line ends up: its label, the article it belongs to, and for a short line near the
 * headline whether it names the outlet or the section.
 *
 * @param label   the block label
 * @param article 0 for the main article, 1, 2, ... for appended articles
 * @param reason  why, for {@code --explain}
 * @param head    what a short unlabelled line near the headline names
 */
record LineRole(BlockLabel label, int article, String reason, HeadLine head) {

    /** What a short unlabelled line near the headline names. */
    enum HeadLine { NONE, OUTLET, SECTION }

    LineRole(BlockLabel label, int article, String reason) {
        this(label, article, reason, HeadLine.NONE);
    }
}

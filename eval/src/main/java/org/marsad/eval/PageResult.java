package org.marsad.eval;

import java.util.List;

/**
 * How Marsad did on one page of a data set, to list the worst pages and study why.
 *
 * @param id       the page's id in the data set
 * @param url      the page's URL (or file name)
 * @param loss     how much the page costs the data set's score: snippets missed plus snippets wrongly
 *                 kept (snippet layout), or 1 - F1 of the page (shingle layouts)
 * @param summary  the page's figures in words, e.g. {@code "P 0.41 R 0.98"} or {@code "3 of 5 found, 1 unwanted"}
 * @param missed   gold snippets not in the extracted text (snippet layout), else empty
 * @param unwanted snippets that should not be in the text but are (snippet layout), else empty
 */
public record PageResult(String id, String url, double loss, String summary, List<String> missed, List<String> unwanted) {
}

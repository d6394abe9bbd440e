package org.marsad.eval;

import java.util.List;

/**
 * One page of an extraction data set with its gold.
 *
 * @param id       the page's id in the data set
 * @param url      the page's URL, or its file name when the data set gives none
 * @param html     the decoded page, or null when it could not be read
 * @param goldText the gold main text (shingle layouts), or null
 * @param with     snippets the main text must contain (snippet layout)
 * @param without  snippets it must not contain (snippet layout)
 * @param title    gold title, or null
 * @param date     gold date (YYYY-MM-DD), or null
 * @param author   gold author, or null
 */
public record EvalPage(String id, String url, String html, String goldText, List<String> with, List<String> without,
                       String title, String date, String author) {
}

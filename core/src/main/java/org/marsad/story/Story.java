package org.marsad.story;

import java.time.LocalDate;
import java.util.List;

import org.marsad.dedup.Duplicate;

/**
 * One story: the articles that tell the same event, across outlets and days.
 *
 * @param id         stable id: the id of its earliest article (by date, undated last, then id), so
 *                   a story keeps its id as articles join it, unless an earlier one joins
 * @param title      representative headline: the title of the article closest to the story's centroid
 * @param first      earliest publication date of its dated articles, or null if none is dated
 * @param last       latest publication date, or null
 * @param outlets    distinct outlets, in article order
 * @param articles   its articles, by date (undated last) then id
 * @param topTerms   the highest-weighted terms of its centroid (matching keys, article prefix cut)
 * @param summary    the most central sentences, no two repeating each other
 * @param duplicates articles of the story that repeat another (exact, near, wire copy)
 */
public record Story(String id, String title, LocalDate first, LocalDate last, List<String> outlets,
                    List<StoryArticle> articles, List<String> topTerms, List<String> summary,
                    List<Duplicate> duplicates) {

    public Story {
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
        topTerms = List.copyOf(topTerms);
        summary = List.copyOf(summary);
        duplicates = List.copyOf(duplicates);
    }
}

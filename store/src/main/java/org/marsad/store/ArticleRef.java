package org.marsad.store;

import java.time.LocalDate;

/** An article as lists show it. */
public record ArticleRef(String id, String title, String outlet, LocalDate published, String publishedFrom,
                         String source, int position, String role, String story) {
}

package org.marsad.web;

import java.util.List;

/**
 * What an ingest made of a posted page.
 *
 * @param articles the ids of the articles stored from the page
 * @param problems what could not be used, each naming the input and the reason; empty when all went well
 */
public record IngestReceipt(List<String> articles, List<String> problems) {

    public IngestReceipt {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}

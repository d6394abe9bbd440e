package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.story.StoryArticle;

/**
 * Reads the SaudiNewsNet dumps (gzipped JSON arrays of {source, url, date_extracted, title,
 * author, content}) as story articles: id = url, outlet = source, published = the day of
 * date_extracted (the crawl day; the corpus has no publication date). Read at evaluation time only;
 * nothing of it is stored.
 */
final class SaudiNewsNet {

    private SaudiNewsNet() {
    }

    static List<StoryArticle> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no *.json.gz files (expected the SaudiNewsNet dumps)");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<StoryArticle> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                for (JsonNode n : mapper.readTree(in)) {
                    String date = n.path("date_extracted").asText("");
                    out.add(new StoryArticle(n.path("url").asText(), f.toString(), 0, n.path("title").asText(null),
                            n.path("content").asText(""), date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null,
                            n.path("source").asText(null)));
                }
            }
        }
        return out;
    }
}

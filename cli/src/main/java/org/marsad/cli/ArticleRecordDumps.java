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

import org.marsad.extract.CharacterReferences;
import org.marsad.story.StoryArticle;

/**
 * Reads dumps of scraped article records, as datasets ship them (gzipped JSON arrays of
 * {source, url, date_extracted, title, author, content}, e.g. SaudiNewsNet), as story articles:
 * id = url, outlet = source, published = the day of date_extracted (the crawl day when the dump has
 * no publication date). Used at evaluation time; nothing read is stored.
 */
final class ArticleRecordDumps {

    private ArticleRecordDumps() {
    }

    static List<StoryArticle> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no *.json.gz files (expected gzipped JSON arrays of article records)");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<StoryArticle> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                for (JsonNode n : mapper.readTree(in)) {
                    String date = n.path("date_extracted").asText("");
                    // the dumps keep some headlines' character references (&quot;): decoded, as ingest's reader does
                    out.add(new StoryArticle(n.path("url").asText(), f.toString(), 0,
                            CharacterReferences.decode(n.path("title").asText(null)),
                            CharacterReferences.decode(n.path("content").asText("")), date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null,
                            n.path("source").asText(null)));
                }
            }
        }
        return out;
    }
}

package org.marsad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.marsad.source.BadInputException;
import org.marsad.source.PageReader;
import org.marsad.source.RawPage;

/**
 * An extraction data set on disk, in one of three layouts, recognised by what the directory holds:
 * <ul>
 *   <li>{@link Layout#AEB}: {@code html/*.html.gz} + {@code ground-truth.json} ({@code {id: {articleBody, url}}});</li>
 *   <li>{@link Layout#SNIPPETS}: {@code [tests/]evaldata.json} ({@code {url: {file, with, without, title, date, author}}})
 *       with the HTML under {@code cache/} or {@code eval/} beside it;</li>
 *   <li>{@link Layout#PAIRS}: {@code input/ID.html[.gz]} + {@code GoldStandard/ID.txt[.gz]}.</li>
 * </ul>
 * Pages are decoded as Marsad reads any page (declared charset, else detection); a page that cannot
 * be read keeps a null html and counts as extracted empty for every extractor.
 */
public final class ExtractDataset {

    public enum Layout {
        AEB("scrapinghub-aeb (shingle F1)"), SNIPPETS("trafilatura-eval (snippets)"), PAIRS("pairs (shingle F1)");

        final String description;

        Layout(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Layout layout;
    private final List<EvalPage> pages;
    private final Map<String, Map<String, String>> storedOutputs;

    private ExtractDataset(Layout layout, List<EvalPage> pages) {
        this(layout, pages, Map.of());
    }

    private ExtractDataset(Layout layout, List<EvalPage> pages, Map<String, Map<String, String>> storedOutputs) {
        this.layout = layout;
        this.pages = List.copyOf(pages);
        this.storedOutputs = storedOutputs;
    }

    /**
     * Other extractors' outputs shipped with the data set ({@code output/NAME.json} of the aeb
     * layout: page id to extracted text), by extractor name. Scoring them with our scorer and
     * finding their published figures again checks that our metric is the data set's.
     */
    public Map<String, Map<String, String>> storedOutputs() {
        return storedOutputs;
    }

    public Layout layout() {
        return layout;
    }

    public List<EvalPage> pages() {
        return pages;
    }

    /** Recognises the layout of {@code dir} and loads its pages. */
    public static ExtractDataset load(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"))) {
            return new ExtractDataset(Layout.AEB, aeb(dir), storedOutputs(dir.resolve("output")));
        }
        for (Path tests : new Path[] {dir.resolve("tests"), dir}) {
            if (Files.isRegularFile(tests.resolve("evaldata.json"))) {
                return new ExtractDataset(Layout.SNIPPETS, snippets(tests));
            }
        }
        if (Files.isDirectory(dir.resolve("input")) && Files.isDirectory(dir.resolve("GoldStandard"))) {
            return new ExtractDataset(Layout.PAIRS, pairs(dir));
        }
        throw new IOException(dir + ": not an extraction data set (expected html/ + ground-truth.json, "
                + "tests/evaldata.json, or input/ + GoldStandard/)");
    }

    private static List<EvalPage> aeb(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<EvalPage> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String url = e.getValue().path("url").asText(id);
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            pages.add(new EvalPage(id, url, html(file), e.getValue().path("articleBody").asText(""),
                    List.of(), List.of(), null, null, null));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    private static Map<String, Map<String, String>> storedOutputs(Path dir) throws IOException {
        Map<String, Map<String, String>> outputs = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return outputs;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                Map<String, String> texts = new java.util.HashMap<>();
                JsonNode root = JSON.readTree(file.toFile());
                // some outputs wrap the pages: {"output": {...}, "version": ...}
                JsonNode byId = root.path("output").isObject() ? root.get("output") : root;
                byId.fields().forEachRemaining(
                        e -> texts.put(e.getKey(), e.getValue().path("articleBody").asText("")));
                String name = file.getFileName().toString();
                outputs.put(name.substring(0, name.length() - ".json".length()), texts);
            }
        }
        return outputs;
    }

    private static List<EvalPage> snippets(Path tests) throws IOException {
        JsonNode data = JSON.readTree(tests.resolve("evaldata.json").toFile());
        List<EvalPage> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String file = v.path("file").asText();
            Path found = null;
            for (String folder : new String[] {"cache", "eval"}) {
                for (String name : new String[] {file, file + ".gz"}) {
                    Path p = tests.resolve(folder).resolve(name);
                    if (found == null && Files.isRegularFile(p)) {
                        found = p;
                    }
                }
            }
            pages.add(new EvalPage(file, e.getKey(), found == null ? null : html(found), null, strings(v.path("with")),
                    strings(v.path("without")), text(v.path("title")), text(v.path("date")), text(v.path("author"))));
        }
        return pages;
    }

    private static List<EvalPage> pairs(Path dir) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("input"))) {
            for (Path input : files.sorted().toList()) {
                String name = input.getFileName().toString();
                String id = name.replaceFirst("\\.gz$", "").replaceFirst("\\.html?$", "");
                Path gold = dir.resolve("GoldStandard").resolve(id + ".txt");
                if (!Files.isRegularFile(gold)) {
                    gold = dir.resolve("GoldStandard").resolve(id + ".txt.gz");
                }
                if (!Files.isRegularFile(gold)) {
                    continue;
                }
                pages.add(new EvalPage(id, name, html(input), readText(gold), List.of(), List.of(), null, null, null));
            }
        }
        return pages;
    }

    /** The page's text, or null if it cannot be read; either way what went wrong is said on stderr. */
    private static String html(Path file) {
        try {
            RawPage page = new PageReader(64 * 1024 * 1024).readOne(file);
            for (String warning : page.warnings()) {
                System.err.println("eval extract: warning: " + file + ": " + warning + " (read anyway)");
            }
            return page.text();
        } catch (BadInputException e) {
            System.err.println("eval extract: unreadable: " + e.getMessage());
            return null;
        }
    }

    private static String readText(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}

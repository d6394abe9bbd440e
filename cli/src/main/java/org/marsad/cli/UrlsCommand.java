package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.source.BadInputException;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;
import org.marsad.source.SitemapEntry;
import org.marsad.source.SitemapUrls;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad urls FILE... [--json]}: the URLs that local sitemap files list. */
@Command(name = "urls", mixinStandardHelpOptions = true,
        description = {"List the URLs of sitemap files (XML urlset or sitemapindex, news sitemaps, text sitemaps, .gz),",
                "one a line: URL, then for a news sitemap a tab, the publication day and a tab, the title.",
                "Only local files are read; the sitemaps an index lists are printed, not fetched.",
                "A bad or truncated sitemap is reported on stderr and skipped whole; the exit code is then 1."})
final class UrlsCommand implements Callable<Integer> {

    /** Tabs and line breaks inside a title would break the one-URL-a-line output. */
    private static final Pattern CONTROL_WHITESPACE = Pattern.compile("[\\t\\n\\r\\f\\u000B\\u2028\\u2029]+");

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "sitemap files, or - for stdin")
    List<String> files;

    @Option(names = "--json", description = "one JSON object per URL: source, url, kind, lastmod, published, "
            + "published_time, title, language, publication")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SitemapUrls sitemaps = new SitemapUrls();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator generator = json ? jsonGenerator(out) : null;
        for (String file : files) {
            List<SitemapEntry> entries = readOrReport(sitemaps, file, problems);
            for (SitemapEntry e : entries) {
                if (generator != null) {
                    writeJson(generator, file, e);
                } else {
                    out.println(line(e));
                }
            }
            if (generator != null) {
                generator.flush();
            }
            out.flush();
        }
        if (generator != null) {
            generator.close();
        }
        return problems.exitCode();
    }

    private static List<SitemapEntry> readOrReport(SitemapUrls sitemaps, String file, ProblemReport problems) {
        try {
            if (PageReader.STDIN.equals(file)) {
                return sitemaps.read(System.in, file, problems);
            }
            return sitemaps.read(Path.of(file), problems);
        } catch (BadInputException e) {
            problems.accept(e.toProblem());
        } catch (InvalidPathException e) {
            problems.accept(new InputProblem(file, "invalid path: " + e.getReason()));
        } catch (RuntimeException e) {
            // A parser bug on one file must not cost the others.
            problems.accept(new InputProblem(file, "unexpected error: " + e));
        }
        return List.of();
    }

    /** The URL; for a page with news metadata, then its publication day and its title, tab-separated. */
    static String line(SitemapEntry e) {
        if (e.published() == null && e.title() == null) {
            return e.url();
        }
        String day = e.published() == null ? "" : e.published().toLocalDate().toString();
        String title = e.title() == null ? "" : CONTROL_WHITESPACE.matcher(e.title()).replaceAll(" ");
        return e.url() + '\t' + day + '\t' + title;
    }

    private static JsonGenerator jsonGenerator(PrintWriter out) throws IOException {
        JsonGenerator g = JsonFactory.builder().build().createGenerator(out);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.setRootValueSeparator(null);
        return g;
    }

    private static void writeJson(JsonGenerator g, String source, SitemapEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("url", e.url());
        g.writeStringField("kind", e.kind() == SitemapEntry.Kind.SITEMAP ? "sitemap" : "page");
        g.writeStringField("lastmod", e.lastModified() == null ? null : e.lastModified().toString());
        // The day as the publisher wrote it (in its own offset), as an article's "published" is.
        g.writeStringField("published", e.published() == null ? null : e.published().toLocalDate().toString());
        g.writeStringField("published_time", e.published() == null ? null
                : e.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        g.writeStringField("title", e.title());
        g.writeStringField("language", e.language());
        g.writeStringField("publication", e.publication());
        g.writeEndObject();
        g.writeRaw('\n');
    }
}

package org.marsad;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.analyze.ArticleAnalyzer;
import org.marsad.article.Article;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NameTagger;
import org.marsad.extract.TextPageExtractor;
import org.marsad.extract.feed.FeedExtractor;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.extract.html.HtmlSniffer;
import org.marsad.extract.record.RecordDumpExtractor;
import org.marsad.source.InputProblem;
import org.marsad.source.PageFileNames;
import org.marsad.source.PageFormat;
import org.marsad.source.RawPage;
import org.marsad.time.TemporalTagger;

/**
 * The entry point to Marsad's stages for programs that embed it:
 * {@code new Marsad().extract(page)} turns a page into its clean articles, {@code analyze(article)}
 * finds what they are about.
 * Thread-safe; build one and share it (building loads the lexicons).
 */
public final class Marsad {

    private final TextPageExtractor textPages = new TextPageExtractor();
    private final HtmlPageExtractor htmlPages = new HtmlPageExtractor();
    private final RecordDumpExtractor recordDumps = new RecordDumpExtractor();
    private final FeedExtractor feeds = new FeedExtractor(htmlPages);
    /** Where names are, when the user gave a trained tagger; null for the lexicon and rules. */
    private final NameTagger names;
    /** Built on first use: extraction alone needs none of the analysis lexicons. */
    private volatile ArticleAnalyzer analyzer;

    /** Marsad with the lexicon-and-rules entity recognizer. */
    public Marsad() {
        this.names = null;
    }

    /**
     * Marsad whose entity mentions are the spans a trained tagger finds ({@code marsad analyze
     * --ner-model}), still tied to entities by the lexicon and spelling rules
     * ({@link EntityRecognizer#withTagger}).
     */
    public Marsad(NameTagger names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * The articles of a page: the main article first, then any appended after it. HTML pages (declared
     * HTML by their carrier, e.g. a WARC response, or named *.html / *.htm, or opening with a doctype or
     * {@code <html>}) go to the HTML extractor.
     */
    public List<Article> extract(RawPage page) {
        return extract(page, problem -> { });
    }

    /**
     * As {@link #extract(RawPage)}, also reading dumps of article records (files named *.json,
     * *.jsonl, *.ndjson, gzipped or not): one article per record, bad records reported to
     * {@code problems} and skipped; and RSS / Atom feeds (files named *.rss, *.atom, *.xml, or any
     * text whose root element is a feed's): one article per item (see {@link FeedExtractor}), an
     * .xml that is not a feed reported.
     */
    public List<Article> extract(RawPage page, Consumer<InputProblem> problems) {
        if (page.format() == PageFormat.HTML) {
            return htmlPages.extract(page);
        }
        if (PageFileNames.isRecordDump(page.source())) {
            return recordDumps.extract(page, problems);
        }
        if (PageFileNames.isFeedName(page.source()) || FeedExtractor.isFeed(page.text())) {
            return feeds.extract(page, problems);
        }
        if (HtmlSniffer.isHtml(page.source(), page.text())) {
            return htmlPages.extract(page);
        }
        return textPages.extract(page);
    }

    /** The article with the entities it names and the times it gives. */
    public AnalyzedArticle analyze(Article article) {
        ArticleAnalyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                a = analyzer;
                if (a == null) {
                    analyzer = a = names == null ? new ArticleAnalyzer()
                            : new ArticleAnalyzer(new EntityRecognizer().withTagger(names), TemporalTagger.standard());
                }
            }
        }
        return a.analyze(article);
    }
}

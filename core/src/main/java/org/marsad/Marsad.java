package org.marsad;

import java.util.List;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.analyze.ArticleAnalyzer;
import org.marsad.article.Article;
import org.marsad.extract.TextPageExtractor;
import org.marsad.source.RawPage;

/**
 * The entry point to Marsad's stages for programs that embed it:
 * {@code new Marsad().extract(page)} turns a page into its clean articles, {@code analyze(article)}
 * finds what they are about.
 * Thread-safe; build one and share it (building loads the lexicons).
 */
public final class Marsad {

    private final TextPageExtractor textPages = new TextPageExtractor();
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    /** The articles of a page: the main article first, then any appended after it. */
    public List<Article> extract(RawPage page) {
        return textPages.extract(page);
    }

    /** The article with the entities it names. */
    public AnalyzedArticle analyze(Article article) {
        return analyzer.analyze(article);
    }
}

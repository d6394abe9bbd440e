package org.marsad.eval;

import java.util.List;

import org.marsad.article.Article;
import org.marsad.extract.html.HtmlPageExtractor;
import org.marsad.source.RawPage;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;

/** Marsad's HTML extractor and the two peers measured beside it in the same run, on the same decoded pages. */
public final class Extractors {

    private Extractors() {
    }

    public static List<TextExtractor> all() {
        return List.of(marsad(new HtmlPageExtractor()), readability4j(), boilerpipe());
    }

    public static TextExtractor marsad(HtmlPageExtractor extractor) {
        return new TextExtractor() {
            public String name() {
                return "marsad";
            }

            public String extract(String html, String url) {
                List<Article> articles = extractor.extract(new RawPage(url, html, RawPage.IN_MEMORY_CHARSET));
                return articles.isEmpty() ? "" : articles.get(0).text();
            }
        };
    }

    public static TextExtractor readability4j() {
        return new TextExtractor() {
            public String name() {
                return "readability4j";
            }

            public String extract(String html, String url) {
                String text = new Readability4J(url, html).parse().getTextContent();
                return text == null ? "" : text;
            }
        };
    }

    public static TextExtractor boilerpipe() {
        return new TextExtractor() {
            public String name() {
                return "boilerpipe";
            }

            public String extract(String html, String url) {
                try {
                    String text = ArticleExtractor.INSTANCE.getText(html);
                    return text == null ? "" : text;
                } catch (BoilerpipeProcessingException e) {
                    return "";
                }
            }
        };
    }
}

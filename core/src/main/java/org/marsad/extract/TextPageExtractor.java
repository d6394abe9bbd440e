package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marsad.article.Article;
import org.marsad.lexicon.KeyTokens;
import org.marsad.meta.AgencyLexicon;
import org.marsad.meta.MetaLineParser;
import org.marsad.meta.PublicationDateParser;
import org.marsad.meta.TagListSplitter;
import org.marsad.normalize.ArabicNormalizer;
import org.marsad.source.RawPage;

/**
 * Turns a plain-text page into its articles. The stages, composed here and nowhere else:
 * <ol>
 *   <li>lines: split, cleaned of invisible characters for display, keyed for matching;</li>
 *   <li>{@link LineClassifier}: each line on its own (chrome, separator, metadata, caption, text);</li>
 *   <li>{@link PageLayout}: headline, body, end of body, appended articles, related lists;</li>
 *   <li>{@link ArticleAssembler}: articles with their metadata.</li>
 * </ol>
 * Immutable and thread-safe once built; build one and share it.
 */
public final class TextPageExtractor {

    private final ArabicNormalizer normalizer;
    private final Function<String, String> key;
    private final LineClassifier classifier;
    private final PageLayout layout;
    private final ArticleAssembler assembler;

    public TextPageExtractor() {
        this.normalizer = ArabicNormalizer.standard();
        this.key = normalizer::key;
        PageLexicon lexicon = new PageLexicon(key);
        PublicationDateParser dates = new PublicationDateParser();
        AgencyLexicon agencies = AgencyLexicon.standard();
        this.classifier = new LineClassifier(lexicon, new MetaLineParser(key), dates, agencies);
        this.layout = new PageLayout(lexicon);
        this.assembler = new ArticleAssembler(lexicon, dates, agencies, new TagListSplitter(key));
    }

    /** The page's articles: the main one first (possibly without any paragraph), then appended ones. */
    public List<Article> extract(RawPage page) {
        List<PageLine> lines = lines(page.text());
        List<LineClass> classes = classifier.classify(lines, isArabic(lines));
        List<LineRole> roles = layout.assign(lines, classes);
        return assembler.assemble(page.source(), lines, classes, roles);
    }

    private List<PageLine> lines(String text) {
        List<PageLine> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            number++;
            String raw = text.substring(start, end);
            // A line of invisible marks only (a stray U+200F) is not blank: it gets a block, as noise.
            if (!isBlank(raw)) {
                String display = normalizer.collapseWhitespace(normalizer.display(raw));
                String lineKey = key.apply(display);
                String[] tokens = KeyTokens.of(lineKey);
                lines.add(new PageLine(number, display, lineKey, tokens, LineShape.of(display, tokens.length)));
            }
            start = end + 1;
        }
        return lines;
    }

    /** Blank: only white space, no-break spaces included. */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArabic(List<PageLine> lines) {
        long arabic = 0;
        long latin = 0;
        for (PageLine line : lines) {
            arabic += line.shape().arabicLetters();
            latin += line.shape().latinLetters();
        }
        return arabic > latin;
    }
}

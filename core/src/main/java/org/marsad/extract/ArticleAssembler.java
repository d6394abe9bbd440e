package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.meta.Agency;
import org.marsad.meta.AgencyLexicon;
import org.marsad.meta.MetaSegment;
import org.marsad.meta.PublicationDateParser;
import org.marsad.meta.TagListSplitter;

/**
 * Builds the articles of a page from its placed lines, and fills their metadata:
 * <ul>
 *   <li>date: the first labelled or standalone date of the article ({@code published_from: page});</li>
 *   <li>outlet: a source line that names no wire agency, else the short line near the headline, else
 *       an {@code OUTLET - } prefix of the first paragraph; appended articles fall back to the page's;</li>
 *   <li>agencies: those named on source and byline lines, and those cited in the paragraphs;</li>
 *   <li>tags: tag lines split into phrases and deduplicated (see {@link TagListSplitter});</li>
 *   <li>section and byline from their lines.</li>
 * </ul>
 */
final class ArticleAssembler {

    private static final int MAX_PREFIX_WORDS = 3;
    /** One or two words set off by a bar, colon or dash at the start of a headline. */
    private static final Pattern FLAG = Pattern.compile("^(\\S+(?:\\s\\S+)?)\\s*[|:：\\-–—]\\s*");
    /** Between the parts of a credit: a dash of any kind, or a tatweel used as one, with spaces or not. */
    private static final String CREDIT_SEPARATOR = "\\s*[-–—ـ]\\s+|\\s+[-–—ـ]\\s*";

    private final PageLexicon lexicon;
    private final PublicationDateParser dateParser;
    private final AgencyLexicon agencies;
    private final TagListSplitter tagSplitter;

    ArticleAssembler(PageLexicon lexicon, PublicationDateParser dateParser,
                     AgencyLexicon agencies, TagListSplitter tagSplitter) {
        this.lexicon = lexicon;
        this.dateParser = dateParser;
        this.agencies = agencies;
        this.tagSplitter = tagSplitter;
    }

    /** The fields of one article while it is being built. */
    private static final class Draft {
        String title;
        LocalDate published;
        /** A last-update date: the publication date only when the page gives none. */
        LocalDate updated;
        String sourceOutlet;
        String headOutlet;
        String section;
        String byline;
        final Set<String> agencies = new LinkedHashSet<>();
        final List<String> tagLines = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        final List<String> related = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        /** The key words of the title and paragraphs, space-padded, for the tag splitter. */
        final StringBuilder keyedText = new StringBuilder(" ");

        void addKeyedWords(String[] words) {
            for (String w : words) {
                keyedText.append(w).append(' ');
            }
        }
    }

    List<Article> assemble(String source, List<PageLine> lines, List<LineClass> classes, List<LineRole> roles) {
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft());
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            LineRole role = roles.get(i);
            while (drafts.size() <= role.article()) {
                drafts.add(new Draft());
            }
            Draft draft = drafts.get(role.article());
            Draft blockOwner = ownsBlock(role.label()) ? draft : drafts.get(0);
            blockOwner.blocks.add(new Block(line.number(), role.label(), role.reason(), line.text()));
            switch (role.label()) {
                case TITLE, APPENDED_TITLE -> {
                    draft.title = withoutFlag(line.text());
                    draft.addKeyedWords(line.tokens());
                }
                case BODY, APPENDED_BODY -> {
                    draft.paragraphs.add(line.text());
                    draft.addKeyedWords(line.tokens());
                    if (agencies.mayCite(line.tokens())) {
                        addAll(draft.agencies, agencies.find(line.text(), false));
                    }
                }
                case CAPTION -> draft.captions.add(line.text());
                case RELATED -> drafts.get(0).related.add(withoutListMarker(line.text()));
                case META -> readMeta(draft, classes.get(i).meta(), role, line);
                case NOISE -> { }
            }
        }
        Draft main = drafts.get(0);
        String pageOutlet = outlet(main);
        List<Article> articles = new ArrayList<>(drafts.size());
        for (int position = 0; position < drafts.size(); position++) {
            Draft d = drafts.get(position);
            boolean isMain = position == 0;
            String outlet = isMain ? pageOutlet : firstNonNull(d.sourceOutlet, pageOutlet);
            List<String> tags = tags(d);
            String title = d.title;
            LocalDate published = d.published != null ? d.published : d.updated;
            articles.add(new Article(
                    articleId(source, position), source, position,
                    isMain ? Article.Role.MAIN : Article.Role.APPENDED,
                    title, published, published == null ? null : "page",
                    outlet, isMain ? main.section : null, d.byline,
                    List.copyOf(d.agencies), tags, d.paragraphs, d.captions,
                    isMain ? d.related : List.of(), ScriptLanguage.of(d.paragraphs), d.blocks));
        }
        return articles;
    }

    /**
     * A headline without the flag some sites print before it: {@code عاجل | ...}, {@code فيديو: ...}.
     * The flag is a chrome word (from the boilerplate lexicon) set off by a bar, colon or dash.
     */
    private String withoutFlag(String title) {
        Matcher m = FLAG.matcher(title);
        if (m.find() && m.end() < title.length() && lexicon.chromePhrase(lexicon.keyWords(m.group(1))) != null) {
            return title.substring(m.end()).strip();
        }
        return title;
    }

    private static boolean ownsBlock(BlockLabel label) {
        return label != BlockLabel.NOISE && label != BlockLabel.META && label != BlockLabel.RELATED;
    }

    private void readMeta(Draft draft, List<MetaSegment> segments, LineRole role, PageLine line) {
        switch (role.head()) {
            case OUTLET -> readOutletLine(draft, line.text());
            case SECTION -> draft.section = firstNonNull(draft.section, line.text());
            case NONE -> { }
        }
        for (MetaSegment segment : segments) {
            String value = segment.value();
            switch (segment.field()) {
                case DATE -> {
                    if (draft.published == null) {
                        draft.published = dateParser.parse(value).orElse(null);
                    }
                }
                case UPDATED -> {
                    if (draft.updated == null) {
                        draft.updated = dateParser.parse(value).orElse(null);
                    }
                }
                case SOURCE -> {
                    if (lexicon.isRoundup(lexicon.keyWords(value))) {
                        continue; // "المصدر: وكالات" names no one
                    }
                    var cited = agencies.find(value, true);
                    // A bracketed attribution, "(وفقا لصحيفة الغارديان)", cites a source; it does not
                    // name the outlet that published the page. Only a labelled source line does.
                    boolean labelled = !segment.label().isEmpty();
                    if (cited.isEmpty() && labelled) {
                        draft.sourceOutlet = firstNonNull(draft.sourceOutlet, value);
                    } else {
                        addAll(draft.agencies, cited);
                    }
                }
                case TAGS -> draft.tagLines.add(value);
                case SECTION -> draft.section = firstNonNull(draft.section, value);
                case BYLINE -> draft.byline = firstNonNull(draft.byline, value);
                case PHOTO -> { }
            }
        }
    }

    /** The parts of a credit: who wrote it, for which outlet, from which agencies. */
    private record Credit(String outlet, String byline, List<Agency> agencies) {
    }

    /**
     * Reads dash-separated credit parts ({@code فايز الحسيكي – عين اليوم}, {@code عين اليوم – جدة},
     * {@code عين اليوم – واس}): the part with a word of outlet names is the outlet, an agency is a
     * source, a place is a dateline, {@code متابعات} (roundup) names no one, and, beside an outlet,
     * a remaining part of two to four words is the byline (one word is more often a place).
     */
    private Credit credit(String[] parts) {
        String outlet = null;
        String byline = null;
        List<Agency> cited = new ArrayList<>();
        for (String part : parts) {
            String[] words = lexicon.keyWords(part);
            if (words.length == 0) {
                continue;
            }
            List<Agency> agenciesHere = agencies.find(part, true);
            if (!agenciesHere.isEmpty()) {
                cited.addAll(agenciesHere);
            } else if (outlet == null && lexicon.looksLikeOutletName(part, words, LineShape.of(part, words.length))) {
                outlet = part.strip();
            } else if (byline == null && words.length >= 2 && words.length <= 4
                    && !lexicon.isDatelinePlace(words) && !lexicon.isRoundup(words)) {
                byline = part.strip();
            }
        }
        return new Credit(outlet, outlet == null ? null : byline, cited);
    }

    /** A short line near the headline, taken for the outlet's: it may carry a byline or an agency too. */
    private void readOutletLine(Draft draft, String text) {
        String[] parts = text.split(CREDIT_SEPARATOR);
        Credit credit = parts.length < 2 ? new Credit(null, null, List.of()) : credit(parts);
        draft.headOutlet = firstNonNull(draft.headOutlet, credit.outlet() != null ? credit.outlet() : text);
        draft.byline = firstNonNull(draft.byline, credit.byline());
        addAll(draft.agencies, credit.agencies());
    }

    private String outlet(Draft main) {
        if (main.sourceOutlet != null) {
            return main.sourceOutlet;
        }
        if (main.headOutlet != null) {
            return main.headOutlet;
        }
        return main.paragraphs.isEmpty() ? null : outletPrefix(main.paragraphs.get(0), main);
    }

    /**
     * {@code سام برس - أعلن ...}, {@code موسكو - (د ب أ) - ...}, {@code منيف الشهراني- سبق- الرياض: ...}:
     * short dash-separated parts opening the first paragraph are a credit when one of them is an
     * outlet's name or an agency. Returns the outlet; agencies and byline go to the draft.
     */
    private String outletPrefix(String paragraph, Draft main) {
        String[] segments = paragraph.split(CREDIT_SEPARATOR, 4);
        int credits = 0;
        while (credits < segments.length - 1 && lexicon.keyWords(segments[credits]).length <= MAX_PREFIX_WORDS) {
            credits++;
        }
        if (credits == 0) {
            return null;
        }
        Credit credit = credit(java.util.Arrays.copyOf(segments, credits));
        addAll(main.agencies, credit.agencies());
        main.byline = firstNonNull(main.byline, credit.byline());
        return credit.outlet();
    }

    private List<String> tags(Draft d) {
        if (d.tagLines.isEmpty()) {
            return List.of();
        }
        String keyed = d.keyedText.toString();
        List<String> tags = List.of();
        for (String line : d.tagLines) {
            tags = tagSplitter.merge(tags, tagSplitter.splitKeyed(line, keyed));
        }
        return tags;
    }

    private static void addAll(Set<String> names, List<Agency> cited) {
        for (var agency : cited) {
            names.add(agency.arabicName());
        }
    }

    private static String withoutListMarker(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '«' && text.charAt(i) != '"') {
            i++;
        }
        // keep "«الباعور» يلتقي" intact; drop "• ", "- ", "1. "
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            int j = i;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j + 1 < text.length() && ".)-".indexOf(text.charAt(j)) >= 0 && Character.isWhitespace(text.charAt(j + 1))) {
                i = j + 2;
            }
        }
        return text.substring(i).strip();
    }

    /** A stable id: the first 16 hex digits of SHA-256 over source, '#', position. */
    static String articleId(String source, int position) {
        return ArticleIds.of(source, position);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}

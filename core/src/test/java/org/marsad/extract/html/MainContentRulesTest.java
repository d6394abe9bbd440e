package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.source.RawPage;

/** One test per rule of main-content finding and block labelling, each on a small page written for it. */
class MainContentRulesTest {

    private static final HtmlPageExtractor EXTRACTOR = new HtmlPageExtractor();

    /** Distinct sentences of prose, long enough to count as paragraphs. */
    private static final String[] PROSE = {
        "The harbour authority said on Monday that the new quay, which took three years to build, will open to ships next spring.",
        "Engineers tested the foundations, the cranes and the drainage, and they found nothing that would delay the opening.",
        "Fishermen, who had asked for a sheltered berth for years, welcomed the news but asked for lower fees for small boats.",
        "The mayor, speaking at the site, promised that the old market by the water would stay open during the works.",
        "Traffic on the coast road, which was closed twice last winter, will be diverted for two weeks in March.",
        "A second phase, with a ferry terminal and a car park, is planned for the following year if funds allow it.",
        "Local shops expect more visitors, although some owners fear that rents near the quay will rise quickly.",
        "The authority will publish the timetable of the first sailings, with prices, at the end of the month.",
    };

    private static Article extract(String body) {
        String html = "<html><head><title>New quay opens next spring</title></head><body>" + body + "</body></html>";
        return EXTRACTOR.extract(new RawPage("https://example.org/news/quay", html, "UTF-8")).get(0);
    }

    private static String paragraphs(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append("<p>").append(PROSE[i]).append("</p>");
        }
        return out.toString();
    }

    private static Block block(Article a, String textStart) {
        return a.blocks().stream().filter(b -> b.text().startsWith(textStart)).findFirst().orElseThrow();
    }

    @Test
    void articleSplitOverSiblingContainersIsReadWhole() {
        Article a = extract("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<div class='story'><h1>New quay opens next spring</h1>"
                + "<div class='chunk'><div>" + paragraphs(0, 2) + "</div></div>"
                + "<div class='photo'><img src='q.jpg'></div>"
                + "<div class='chunk'><div>" + paragraphs(2, 5) + "</div></div>"
                + "<div class='chunk'><div>" + paragraphs(5, 6) + "</div></div></div>"
                + "<div class='more'><a href='/a'>Other news one</a> <a href='/b'>Other news two</a></div>");
        assertEquals(List.of(PROSE).subList(0, 6), a.paragraphs());
    }

    @Test
    void aClassNameDoesNotRemoveTheFrameThatHoldsTheArticle() {
        Article a = extract("<div class='content-sidebar-wrap'><main><h1>New quay opens next spring</h1>"
                + paragraphs(0, 4) + "</main><div class='sidebar'><p>Subscribe to our letters, every week, for free.</p></div></div>");
        assertEquals(List.of(PROSE).subList(0, 4), a.paragraphs());
        assertFalse(a.text().contains("Subscribe"));
    }

    @Test
    void aChromeBoxHoldingAThirdOfAShortPageIsStillChrome() {
        // the author's box holds about a third of the page's text: not enough to be the page's frame
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 3)
                + "<div class='author-info'>" + paragraphs(5, 7) + "</div></article>");
        assertEquals(List.of(PROSE).subList(0, 3), a.paragraphs());
    }

    /** A page whose metadata titles it otherwise than its headline does. */
    private static Article extractTitled(String body) {
        String html = "<html><head><meta property='og:title' content='Ports: the week in review'></head><body>" + body + "</body></html>";
        return EXTRACTOR.extract(new RawPage("https://example.org/news/quay", html, "UTF-8")).get(0);
    }

    @Test
    void theFirstH1BeforeTheTextIsTheHeadlineWhenTheMetadataTitlesThePageOtherwise() {
        Article a = extractTitled("<article><h1>Harbour: a berth for the big ships at last</h1>" + paragraphs(0, 4) + "</article>");
        assertEquals(List.of(PROSE).subList(0, 4), a.paragraphs());
        assertEquals(BlockLabel.TITLE, block(a, "Harbour: a berth").label());
    }

    @Test
    void anH1AfterTheFirstParagraphStaysInTheText() {
        Article a = extractTitled("<article>" + paragraphs(0, 2) + "<h1>What the fishermen asked for</h1>" + paragraphs(2, 4) + "</article>");
        assertTrue(a.paragraphs().contains("What the fishermen asked for"), a.paragraphs().toString());
    }

    @Test
    void aQuotationIsKeptWhateverItsClassSays() {
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 3)
                + "<blockquote class='twitter-tweet'><p>The quay looks great from the ferry, and the cranes are already up.</p></blockquote>"
                + paragraphs(3, 5) + "</article>");
        assertTrue(a.paragraphs().contains("The quay looks great from the ferry, and the cranes are already up."), a.text());
    }

    @Test
    void aNoscriptLeftOpenDoesNotHideThePage() {
        // the parser nests the rest of the page inside the unclosed noscript
        Article a = extract("<noscript><div id='nojs'></noscript><div class='page'><h1>New quay opens next spring</h1>"
                + paragraphs(0, 4) + "</div>");
        assertEquals(List.of(PROSE).subList(0, 4), a.paragraphs());
    }

    @Test
    void aShortHeadingOfALinkListIsDroppedAndASectionHeadingKept() {
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 3)
                + "<h3>Elsewhere on the coast</h3><ul><li><a href='/x'>Ferry prices rise again this summer</a></li>"
                + "<li><a href='/y'>Coast road closed after the storm</a></li></ul>"
                + "<h2>The second phase</h2>" + paragraphs(5, 7) + "</article>");
        assertTrue(a.paragraphs().contains("The second phase"), a.text());
        assertFalse(a.text().contains("Elsewhere on the coast"), a.text());
        assertEquals("heading of no text (of a link list, a widget or nothing)", block(a, "Elsewhere on the coast").reason());
    }

    @Test
    void aLongHeadingIsAStandfirstAndStays() {
        String deck = "The quay that fishermen asked for during a decade will open next spring, the harbour says";
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 3) + "<h2>" + deck + "</h2>"
                + "<ul><li><a href='/x'>Ferry prices rise again this summer</a></li></ul></article>");
        assertTrue(a.paragraphs().contains(deck), a.text());
    }

    @Test
    void shortLinesAfterTheLastParagraphAreTheTrailerButListsAndSentencesStay() {
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 4)
                + "<p>Source: Harbour authority</p><p>Photo credit: City archive</p>"
                + "<ul><li>Opening: spring</li><li>Cost: 40 million</li></ul><p>More next week.</p></article>");
        assertFalse(a.text().contains("Source: Harbour authority"), a.text());
        assertFalse(a.text().contains("Photo credit"), a.text());
        assertTrue(a.paragraphs().containsAll(List.of("Opening: spring", "Cost: 40 million", "More next week.")), a.text());
    }

    @Test
    void anAuthorBoxIsNotText() {
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 4)
                + "<div class='author-box'><p>Jane Doe covers the coast, its ports and its people, for this paper since 2010.</p></div></article>");
        assertFalse(a.text().contains("Jane Doe"), a.text());
    }

    @Test
    void commonChromePhrasesAreDroppedInSeveralLanguages() {
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 3)
                + "<p>Mehr zum Thema:</p>" + paragraphs(3, 5) + "<p>Lire aussi</p>" + paragraphs(5, 6) + "</article>");
        assertFalse(a.text().contains("Mehr zum Thema"), a.text());
        assertFalse(a.text().contains("Lire aussi"), a.text());
    }

    @Test
    void aHeaderInsideTheArticleIsTheArticlesAndAPageHeaderIsChrome() {
        // a lead too short to pass for a standfirst on its own: only the header rule keeps it
        String lead = "The new quay opens to ships next spring, the authority said.";
        Article a = extract("<header><a href='/'>The Coast Daily</a> <a href='/login'>Log in</a></header>"
                + "<article><header><h1>New quay opens next spring</h1><p>" + lead + "</p></header>"
                + "<div class='text'>" + paragraphs(0, 8) + "</div></article>");
        assertEquals(lead, a.paragraphs().get(0));
        assertEquals("page header", block(a, "The Coast Daily").reason());
    }

    @Test
    void aStandfirstBetweenHeadlineAndTextIsKept() {
        String lead = "Three years after the works began, the new quay is ready, and the first ferries will call there in April.";
        Article a = extract("<div class='top'><h1>New quay opens next spring</h1><div class='intro'><p>" + lead + "</p></div>"
                + "<p>By Jane Doe</p></div><div class='body'>" + paragraphs(0, 6) + "</div>");
        assertEquals(lead, a.paragraphs().get(0));
        assertEquals("standfirst between the headline and the text", block(a, lead).reason());
        assertFalse(a.text().contains("By Jane Doe"), a.text());
    }

    @Test
    void aShortLineWithADateIsADateline() {
        Article a = extract("<article><h1>New quay opens next spring</h1><p>Published: 03.04.2020, 12:35</p>"
                + paragraphs(0, 4) + "</article>");
        assertEquals(BlockLabel.META, block(a, "Published:").label());
        assertFalse(a.text().contains("Published"));
    }

    @Test
    void theHolderOfMostProseWinsOverABoxThatCommasFavour() {
        // a side box of one comma-heavy paragraph scores higher than any one of the article's small sections
        String box = "Ports, ferries, quays, cranes, tides, boats, nets, gulls, piers, docks, berths, buoys and sails.";
        StringBuilder sections = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sections.append("<section><div>").append(paragraphs(i, i + 1)).append("</div></section>");
        }
        Article a = extract("<div class='page'><div class='main-column'>" + sections + "</div></div>"
                + "<div class='side'><div class='content'><p>" + box + "</p></div></div>");
        assertEquals(List.of(PROSE).subList(0, 6), a.paragraphs());
    }

    @Test
    void anInvitationToFollowTheSiteAfterTheTextIsDropped() {
        String cites = "The minister wrote on <a href='https://twitter.com/minister'>her account</a> that the quay, "
                + "long awaited by the fishermen of the bay, will change the life of the whole coast for good.";
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 2) + "<p>" + cites + "</p>"
                + paragraphs(2, 4) + "<p>Follow the Coast Daily on <a href='https://t.me/coastdaily'>Telegram</a> "
                + "for the news of the harbour, every morning.</p></article>");
        assertTrue(a.text().contains("The minister wrote on her account"), "a link to a post inside the text stays: " + a.text());
        assertFalse(a.text().contains("Follow the Coast Daily"), a.text());
        assertEquals("invitation to follow the site on a social network or app", block(a, "Follow the Coast Daily").reason());
    }

    @Test
    void aHeadingIsTheTitleWhenTheMetadataTitleAddsTheSitesName() {
        String html = "<html><head><title>New quay opens next spring | The Coast Daily</title></head><body><article>"
                + "<h1>New quay opens next “spring”</h1>" + paragraphs(0, 3) + "</article></body></html>";
        Article a = EXTRACTOR.extract(new RawPage("https://example.org/news/quay", html, "UTF-8")).get(0);
        assertEquals(BlockLabel.TITLE, block(a, "New quay opens").label());
        assertFalse(a.paragraphs().contains("New quay opens next “spring”"), a.text());
    }

    @Test
    void titlesMatchOnTheirLettersWhateverTheSiteAdds() {
        assertTrue(HtmlPageExtractor.sameTitle("newquayopens", "newquayopensthecoastdaily"));
        assertFalse(HtmlPageExtractor.sameTitle("news", "newquayopensthecoastdaily"), "a word of the title is not the title");
        assertFalse(HtmlPageExtractor.sameTitle("", "newquay"));
    }

    @Test
    void shortLinesBeforeTheFirstParagraphFrameTheText() {
        Article a = extract("<article><h1>New quay opens next spring</h1><div>Harbour and sea</div>"
                + "<div>Photo: Jane Doe / Coast Agency</div>" + paragraphs(0, 4) + "</article>");
        assertEquals(List.of(PROSE).subList(0, 4), a.paragraphs());
        assertEquals("short line before the article's first paragraph", block(a, "Photo: Jane Doe").reason());
    }

    @Test
    void rubyReadingsAreNotText() {
        Article a = extract("<article><h1>New quay opens next spring</h1>" + paragraphs(0, 3)
                + "<p><ruby>港<rt>みなと</rt></ruby>に<ruby>新<rt>あたら</rt></ruby>しい岸壁ができます。来年の春に船が着きます。</p></article>");
        assertTrue(a.paragraphs().contains("港に新しい岸壁ができます。来年の春に船が着きます。"), a.text());
    }
}

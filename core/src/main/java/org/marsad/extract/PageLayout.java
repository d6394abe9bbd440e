package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.marsad.article.BlockLabel;
import org.marsad.meta.MetaField;
import org.marsad.meta.MetaSegment;

/**
 * Places the classified lines of a page: which line is the headline, where the main article's body
 * runs, where it ends, and what follows it (appended articles, related headlines, chrome).
 *
 * <p>The page is read top to bottom:
 * <ul>
 *   <li><b>Head.</b> Lines before the first substantial text line are chrome, metadata, or short
 *       lines naming the section (from the section lexicon) or the outlet (at most one, and only
 *       when the head is not a menu). The first substantial line is the headline when it is shaped
 *       like one (a few words, no full stop); otherwise the page has no headline and the body starts
 *       there.</li>
 *   <li><b>Body.</b> Text lines are paragraphs of the main article until a separator or a footer
 *       (a source, tags or byline line after the body) ends it. A run of short list items closing
 *       the page is a related list even without a separator.</li>
 *   <li><b>After the body.</b> A headline-shaped line followed by a paragraph opens an appended
 *       article; a paragraph right after an "also read" separator opens one without a headline;
 *       other headline-shaped lines and list items are related headlines; the rest is chrome.</li>
 * </ul>
 * Labels NOISE, META and RELATED always belong to the main article's blocks; the {@code article}
 * of a line is the article whose fields it informs.
 */
final class PageLayout {

    private enum State { MAIN, APPENDED, AFTER_SEPARATOR, TAIL, RELATED, COMMENTS }

    /** A head with more short lines than this is a menu: none of them is taken for the outlet. */
    private static final int MAX_HEAD_SHORT_LINES = 3;
    /** Headline-shaped lines after a footer are related headlines from this many words; shorter ones are chrome. */
    private static final int MIN_RELATED_WORDS = 4;
    /** A repeated text line is chrome from this many words: short subheadings may recur. */
    private static final int MIN_REPEAT_WORDS = 5;

    private final PageLexicon lexicon;

    PageLayout(PageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<LineRole> assign(List<PageLine> lines, List<LineClass> classes) {
        return new Pass(lines, classes).run();
    }

    /** The state of one page's layout pass. */
    private final class Pass {
        private final List<PageLine> lines;
        private final List<LineClass> classes;
        private final LineRole[] roles;
        private boolean sectionSeen;
        private boolean outletSeen;
        private boolean headIsMenu;
        private boolean[] closingList;
        /** Where the pass is after the head: in the main text, an appended article, a related list... */
        private State state = State.MAIN;
        private boolean mainHasBody;
        /** The article the current lines belong to: 0 for the main one. */
        private int current;
        private int articles;
        private final java.util.Set<List<String>> seenTexts = new java.util.HashSet<>();

        /** The key words of every value of the page's source lines. */
        private final java.util.Set<List<String>> sourceNames = new java.util.HashSet<>();

        Pass(List<PageLine> lines, List<LineClass> classes) {
            this.lines = lines;
            this.classes = classes;
            this.roles = new LineRole[lines.size()];
            for (LineClass c : classes) {
                for (MetaSegment s : c.meta()) {
                    if (s.field() == MetaField.SOURCE) {
                        sourceNames.add(Arrays.asList(lexicon.keyWords(s.value())));
                    }
                }
            }
        }

        List<LineRole> run() {
            int n = lines.size();
            int first = firstSubstantialLine();
            int title = first >= 0 && isHeadline(first) ? first : -1;
            int bodyFrom = first < 0 ? n : (title >= 0 ? title + 1 : first);
            headIsMenu = countShortHeadLines(first < 0 ? n : first) > MAX_HEAD_SHORT_LINES;
            if (title >= 0) {
                repeatsEarlierText(title);
            }
            for (int i = 0; i < bodyFrom; i++) {
                roles[i] = i == title
                        ? new LineRole(BlockLabel.TITLE, 0, "first substantial line, shaped like a headline")
                        : headRole(i);
            }
            placeBody(bodyFrom);
            return Arrays.asList(roles);
        }

        private void placeBody(int from) {
            closingList = closingListItems();
            for (int i = from; i < lines.size(); i++) {
                LineClass c = classes.get(i);
                roles[i] = switch (c.kind()) {
                    case NOISE -> new LineRole(BlockLabel.NOISE, current, c.reason());
                    case SEPARATOR -> {
                        state = switch (c.announces()) {
                            case EITHER -> State.AFTER_SEPARATOR;
                            case RELATED -> State.RELATED;
                            case COMMENTS -> State.COMMENTS;
                        };
                        yield new LineRole(BlockLabel.NOISE, current, c.reason());
                    }
                    case RELATED_LINK -> new LineRole(BlockLabel.RELATED, 0, c.reason());
                    case CAPTION -> new LineRole(BlockLabel.CAPTION, current, c.reason());
                    case META -> {
                        if (isFooter(c) && ((state == State.MAIN && mainHasBody) || state == State.APPENDED)) {
                            state = State.TAIL;
                        }
                        yield new LineRole(BlockLabel.META, current, c.reason());
                    }
                    case TEXT -> placeText(i);
                };
            }
        }

        private LineRole placeText(int i) {
            // Related lists may well repeat a headline of the page; only text is checked.
            // Subheadings such as "طريقة التحضير:" may recur; a repeated headline or paragraph
            // is a template's doing.
            boolean inText = state == State.MAIN || state == State.APPENDED;
            if (inText && lines.get(i).shape().words() >= MIN_REPEAT_WORDS && repeatsEarlierText(i)) {
                return new LineRole(BlockLabel.NOISE, current, "repeats an earlier line");
            }
            return switch (state) {
                case COMMENTS -> new LineRole(BlockLabel.NOISE, current, "in the comment section");
                case MAIN -> placeInMain(i);
                case APPENDED -> placeInAppended(i);
                case AFTER_SEPARATOR, TAIL, RELATED -> placeAfterArticle(i);
            };
        }

        private LineRole placeInMain(int i) {
            if (!mainHasBody && isShortHeadLine(i)) {
                return headRole(i);
            }
            if (closingList[i]) {
                state = State.RELATED;
                return new LineRole(BlockLabel.RELATED, 0, "list of short items closing the page");
            }
            // A footer ends the body only once a real paragraph was seen, so that a byline under
            // a deck line does not close the article.
            mainHasBody |= lines.get(i).shape().isParagraph();
            return new LineRole(BlockLabel.BODY, 0, "text in the main article");
        }

        private LineRole placeInAppended(int i) {
            LineShape shape = lines.get(i).shape();
            if (shape.listItem() && !shape.isParagraph()) {
                state = State.RELATED;
                return new LineRole(BlockLabel.RELATED, 0, "list item after an appended article");
            }
            return new LineRole(BlockLabel.APPENDED_BODY, current, "text in an appended article");
        }

        /** A text line after a separator, a footer or in a related list. */
        private LineRole placeAfterArticle(int i) {
            LineShape shape = lines.get(i).shape();
            int next = nextTextLine(i);
            boolean nextIsParagraph = next >= 0 && lines.get(next).shape().isParagraph();
            boolean paragraph = shape.isParagraph() && !shape.listItem();
            if (shape.isHeadline() && !shape.listItem() && nextIsParagraph) {
                current = ++articles;
                seenTexts.add(Arrays.asList(lines.get(i).tokens()));
                state = State.APPENDED;
                return new LineRole(BlockLabel.APPENDED_TITLE, current, "headline followed by a paragraph after the main article");
            }
            if (paragraph && (state == State.AFTER_SEPARATOR || (state == State.TAIL && nextIsParagraph))) {
                current = ++articles;
                state = State.APPENDED;
                return new LineRole(BlockLabel.APPENDED_BODY, current, "paragraphs after the main article, without a headline");
            }
            if (paragraph && state == State.TAIL) {
                // One paragraph after a footer: the footer was inside the text.
                state = current == 0 ? State.MAIN : State.APPENDED;
                return new LineRole(current == 0 ? BlockLabel.BODY : BlockLabel.APPENDED_BODY, current,
                        "paragraph after a metadata line: the text goes on");
            }
            if (state == State.TAIL && shape.words() < MIN_RELATED_WORDS && !shape.listItem()) {
                return new LineRole(BlockLabel.NOISE, current, "short line after the article's footer");
            }
            String why = state == State.TAIL ? "headline after the article's footer" : "headline in a related list";
            state = State.RELATED;
            return new LineRole(BlockLabel.RELATED, 0, why);
        }

        /**
         * Whether a text line has the words of an earlier headline or paragraph (a headline printed
         * twice, a repeated lead); remembers the line otherwise.
         */
        private boolean repeatsEarlierText(int i) {
            return !seenTexts.add(Arrays.asList(lines.get(i).tokens()));
        }

        private LineRole headRole(int i) {
            LineClass c = classes.get(i);
            return switch (c.kind()) {
                case NOISE, SEPARATOR -> new LineRole(BlockLabel.NOISE, 0, c.reason());
                case META -> new LineRole(BlockLabel.META, 0, c.reason());
                case CAPTION -> new LineRole(BlockLabel.CAPTION, 0, c.reason());
                case RELATED_LINK -> new LineRole(BlockLabel.RELATED, 0, c.reason());
                case TEXT -> shortHeadRole(i);
            };
        }

        private LineRole shortHeadRole(int i) {
            PageLine line = lines.get(i);
            if (!sectionSeen && lexicon.isSection(line.tokens())) {
                sectionSeen = true;
                return new LineRole(BlockLabel.META, 0, "section name near the headline", LineRole.HeadLine.SECTION);
            }
            if (!outletSeen && !headIsMenu) {
                String why = outletEvidence(i);
                if (why != null) {
                    outletSeen = true;
                    return new LineRole(BlockLabel.META, 0, "the outlet's name: " + why, LineRole.HeadLine.OUTLET);
                }
            }
            return new LineRole(BlockLabel.NOISE, 0, headIsMenu ? "menu item in the page head" : "short line near the headline");
        }

        /**
         * Why a short line near the headline would be the outlet's name, or null: a short line there
         * may as well be a kicker, a person's name under a photo or a column's name, so one of
         * these is required: a word that outlet names are made of (نيوز, برس, نت), the same name
         * on a source line of the page, or the place right under the date line, where templates
         * print the site's name.
         */
        private String outletEvidence(int i) {
            PageLine line = lines.get(i);
            if (lexicon.looksLikeOutletName(line.text(), line.tokens(), line.shape())) {
                return "a word of outlet names";
            }
            if (sourceNames.contains(Arrays.asList(line.tokens()))) {
                return "also given on a source line";
            }
            int before = i - 1;
            while (before >= 0 && classes.get(before).kind() == LineKind.NOISE) {
                before--;
            }
            if (before >= 0 && classes.get(before).meta().stream().anyMatch(s -> s.field() == MetaField.DATE || s.field() == MetaField.UPDATED)) {
                return "right under the date line";
            }
            return null;
        }

        /** The first text line that is not a short head line (outlet, section, menu item), or -1. */
        private int firstSubstantialLine() {
            for (int i = 0; i < lines.size(); i++) {
                LineKind kind = classes.get(i).kind();
                if (kind == LineKind.SEPARATOR || kind == LineKind.RELATED_LINK) {
                    return -1;
                }
                if (kind == LineKind.TEXT && !isShortHeadLine(i)) {
                    return i;
                }
            }
            return -1;
        }

        private int countShortHeadLines(int end) {
            int count = 0;
            for (int i = 0; i < end; i++) {
                if (classes.get(i).kind() == LineKind.TEXT) {
                    count++;
                }
            }
            return count;
        }

        /**
         * A line too short to be a headline or a paragraph: one or two words, or up to four words
         * that name a section or an outlet (سكاي نيوز عربية, أخبار مصر).
         */
        private boolean isShortHeadLine(int i) {
            PageLine line = lines.get(i);
            int words = line.shape().words();
            if (line.shape().isParagraph() || line.shape().listItem()) {
                return false;
            }
            return words <= 2 || (words <= 4 && (lexicon.isSection(line.tokens()) || lexicon.looksLikeOutletName(line.text(), line.tokens(), line.shape())));
        }

        private boolean isHeadline(int i) {
            LineShape shape = lines.get(i).shape();
            return shape.isHeadline() && !shape.isParagraph() && !shape.listItem();
        }

        /** The next TEXT line after i before any separator, skipping chrome, metadata and captions; -1 if none. */
        private int nextTextLine(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                LineKind kind = classes.get(j).kind();
                if (kind == LineKind.TEXT) {
                    return j;
                }
                if (kind == LineKind.SEPARATOR || kind == LineKind.RELATED_LINK) {
                    return -1;
                }
            }
            return -1;
        }

        /** Marks a closing run of at least two short list items (with chrome between them) at the page's end. */
        private boolean[] closingListItems() {
            boolean[] marks = new boolean[lines.size()];
            List<Integer> items = new ArrayList<>();
            for (int i = lines.size() - 1; i >= 0; i--) {
                LineKind kind = classes.get(i).kind();
                LineShape shape = lines.get(i).shape();
                if (kind == LineKind.TEXT && shape.listItem() && !shape.isParagraph()) {
                    items.add(i);
                } else if (kind != LineKind.NOISE && kind != LineKind.META) {
                    break;
                }
            }
            if (items.size() >= 2 && !introduced(items.get(items.size() - 1))) {
                items.forEach(i -> marks[i] = true);
            }
            return marks;
        }

        /**
         * Whether the list starting at line {@code first} is introduced by the text before it: a
         * paragraph ending with a colon, or a short subheading ("قائمة البدائل"). Such a list is
         * part of the article; a related list follows the end of the text or a separator.
         */
        private boolean introduced(int first) {
            if (first == 0 || classes.get(first - 1).kind() != LineKind.TEXT) {
                return false;
            }
            LineShape before = lines.get(first - 1).shape();
            return before.ending() == LineShape.Ending.COLON || (!before.isParagraph() && before.words() <= 5);
        }

        /**
         * Whether a metadata line closes an article: a source or tag line, or a byline set off by a
         * colon or by its bracketed source. An unmarked "تحرير X" or "كتب X" may be a subheading or
         * a sentence and does not close anything.
         */
        private boolean isFooter(LineClass c) {
            for (MetaSegment s : c.meta()) {
                boolean byline = s.field() == MetaField.BYLINE && (s.marked() || s.label().isEmpty());
                if (s.field() == MetaField.SOURCE || s.field() == MetaField.TAGS || byline) {
                    return true;
                }
            }
            return false;
        }
    }
}

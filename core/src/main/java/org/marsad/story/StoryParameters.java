package org.marsad.story;

import java.util.function.Consumer;

/**
 * The knobs of story clustering; {@link #standard()} holds the measured choice.
 *
 * @param titleWeight   how many times a title term counts against a body term
 * @param bigramWeight  how much a pair of consecutive content words counts against a single word
 * @param asideWeight   how much a term of the news items a round-up appends counts against one of
 *                      the item its headline names ({@link NewsItems}, cut at {@link AsideMarkers}:
 *                      من جهة أخرى، وفي شأن آخر); 1 tells no items apart. On the labelled SaudiNewsNet
 *                      set pairwise F1 is 0.9135 at 1, 0.9330 at 0.7, 0.9344 at every one of 0.5,
 *                      0.3, 0.2 and 0.1, and 0.9332 at 0: two round-ups of one club stop joining
 *                      through the items they append. 0.2, inside that plateau and nearer 0, since
 *                      two round-ups that append each other's lead share them word for word; above
 *                      0, since outlets also use the phrases to go on with the same story
 * @param indexTerms    how many of an article's highest-weighted terms go into the inverted index
 *                      and are looked up to find candidate stories
 * @param candidates    how many candidate stories (by shared indexed weight) are scored in full
 * @param join          least similarity to join a story; below it the article opens a new one
 * @param joinWithDate  least similarity to join for an undated article whose text names a day of the
 *                      story's date span
 * @param joinWithEvent least similarity to join when the article leads with the same event as one
 *                      of the story's articles ({@link LeadEvent#sameEvent}): the shared event is the
 *                      evidence, the words only have to show the two are not unrelated. The labelled
 *                      SaudiNewsNet set scores the same for any value from 0 to 0.05 (one retelling more
 *                      joined than at 0.12; most articles that lead with one event already share their
 *                      words); 0.01 keeps out candidates that share next to nothing (unrelated articles
 *                      of the sample pages score 0.005 to 0.009)
 * @param joinWithName  least similarity to join a story one of whose headlines shares a rare word
 *                      ({@code rareWord}) with the article's headline, when the article is dated within
 *                      the story's date span: a name few articles carry (توشيبا، البابطين، زينب) told on
 *                      the same days is evidence of one story that retellings with other quotes and
 *                      other details do not give in their words. Pairwise F1 on the two labelled sets at
 *                      {@code rareWord} 20: 0.03 0.9348 / 0.8942, 0.04 0.9348 / 0.8993, 0.05 0.9474 / 0.9163,
 *                      0.06 0.9474 / 0.8885, 0.07 0.9445 / 0.8678, 0.12 (the merge alone) 0.9425 / 0.8617
 * @param merge         least similarity of an article to a second story for that story to be merged
 *                      into the one it joined (the article bridges them)
 * @param storyMerge    least cosine between the two stories' own centroids for such a merge
 * @param storyMergeWithName least cosine between the two stories' centroids for a merge when their
 *                      headlines share a rare word and their date spans are at most a day apart; the
 *                      article then needs only {@code join} with the second story. Two early articles
 *                      that each open a story (a company's scandal, its chief's resignation over it)
 *                      are brought together by the later ones that tell both
 * @param rareWord      a headline word is rare when at most this many articles of the corpus have it:
 *                      a count, not a share, so that in a month of news (15,000 articles) only names
 *                      of a handful of stories qualify, and not the words of a genre (the Eid greetings
 *                      of dozens of institutions, the daily oil prices). Pairwise F1 on the two labelled
 *                      SaudiNewsNet sets (about 500 articles each): 0 (rules off) 0.9396 / 0.8471,
 *                      8 0.9388 / 0.8946, 16 0.9445 / 0.9163, 20 to 32 0.9474 / 0.9163, 48 0.9273 /
 *                      0.9163. On all of July the largest story grows from 127 articles to 129 at 8,
 *                      145 at 20 and 185 at 32; 20 is the least count on the plateau. The rules fire
 *                      less the larger the corpus: on all of July they change 106 of 9,437 stories
 * @param graceDays     days outside a story's date span that cost nothing
 * @param halfLifeDays  beyond the grace, every this many days halve the similarity
 * @param windowDays    candidates dated further apart than this are not considered at all
 * @param titleCoverage how much headline agreement counts: the score is multiplied by
 *                      {@code 1 - titleCoverage + titleCoverage * coverage} (see StoryClusterer)
 * @param entityWeight  share of the similarity given to shared entities when both sides have
 *                      entities (the slot for the entity stage); terms get the rest
 * @param eventWords    whether the words of one action count as one term ({@link EventWords}:
 *                      اعتقال، القبض، يعتقل). On the labelled SaudiNewsNet set it joins retellings told in
 *                      other words and lets in a few near misses: B-cubed F1 at least 0.97 and pairwise
 *                      at least 0.91 for any join from 0.12 to 0.15 (without it, only at 0.12 to 0.13)
 * @param headlinePlaces whether an article and a story whose headlines name different places, which
 *                      neither text mentions, are kept apart ({@link HeadlinePlaces}: a stray camel in
 *                      Tabuk, another in Jazan). Pairwise F1 on the three labelled sets without and
 *                      with: 0.9474 / 0.9512, 0.9163 / 0.9180, 0.9058 / 0.9064, recall unchanged
 */
public record StoryParameters(double titleWeight, double bigramWeight, double asideWeight, int indexTerms, int candidates,
                              double join, double joinWithDate, double joinWithEvent, double joinWithName,
                              double merge, double storyMerge, double storyMergeWithName, int rareWord,
                              int graceDays, double halfLifeDays, int windowDays, double titleCoverage, double entityWeight,
                              boolean eventWords, boolean headlinePlaces) {

    public static StoryParameters standard() {
        return new StoryParameters(3, 1, 0.2, 60, 12, 0.12, 0.05, 0.01, 0.05, 0.45, 0.20, 0.10, 20, 2, 3, 21, 0.8, 0.25, true, true);
    }

    public StoryParameters withTitleCoverage(double titleCoverage) {
        return with(b -> b.titleCoverage = titleCoverage);
    }

    /** These parameters with another join; the merge bar is raised to it when it was lower. */
    public StoryParameters withJoin(double join) {
        return with(b -> {
            b.join = join;
            b.merge = Math.max(b.merge, join);
        });
    }

    public StoryParameters withJoinWithEvent(double joinWithEvent) {
        return with(b -> b.joinWithEvent = joinWithEvent);
    }

    public StoryParameters withEventWords(boolean eventWords) {
        return with(b -> b.eventWords = eventWords);
    }

    public StoryParameters withHeadlinePlaces(boolean headlinePlaces) {
        return with(b -> b.headlinePlaces = headlinePlaces);
    }

    /** These parameters with the rare headline word rules off (a word no article has is never shared). */
    public StoryParameters withoutRareWords() {
        return withRareWord(0);
    }

    public StoryParameters withRareWord(int rareWord) {
        return with(b -> b.rareWord = rareWord);
    }

    public StoryParameters withJoinWithName(double joinWithName) {
        return with(b -> b.joinWithName = joinWithName);
    }

    public StoryParameters withAsideWeight(double asideWeight) {
        return with(b -> b.asideWeight = asideWeight);
    }

    /** A copy of these parameters with the fields that {@code change} sets; the one place that lists them all twice. */
    private StoryParameters with(Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return b.build();
    }

    /** The mutable twin of the record, so that each {@code with*} names only the field it changes. */
    private static final class Copy {
        double titleWeight, bigramWeight, asideWeight;
        int indexTerms, candidates;
        double join, joinWithDate, joinWithEvent, joinWithName, merge, storyMerge, storyMergeWithName;
        int rareWord, graceDays;
        double halfLifeDays;
        int windowDays;
        double titleCoverage, entityWeight;
        boolean eventWords, headlinePlaces;

        Copy(StoryParameters p) {
            titleWeight = p.titleWeight; bigramWeight = p.bigramWeight; asideWeight = p.asideWeight;
            indexTerms = p.indexTerms; candidates = p.candidates;
            join = p.join; joinWithDate = p.joinWithDate; joinWithEvent = p.joinWithEvent; joinWithName = p.joinWithName;
            merge = p.merge; storyMerge = p.storyMerge; storyMergeWithName = p.storyMergeWithName; rareWord = p.rareWord;
            graceDays = p.graceDays; halfLifeDays = p.halfLifeDays; windowDays = p.windowDays;
            titleCoverage = p.titleCoverage; entityWeight = p.entityWeight; eventWords = p.eventWords;
            headlinePlaces = p.headlinePlaces;
        }

        StoryParameters build() {
            return new StoryParameters(titleWeight, bigramWeight, asideWeight, indexTerms, candidates,
                    join, joinWithDate, joinWithEvent, joinWithName, merge, storyMerge, storyMergeWithName, rareWord,
                    graceDays, halfLifeDays, windowDays, titleCoverage, entityWeight, eventWords, headlinePlaces);
        }
    }

    /** The action lexicon these parameters ask for. */
    EventWords eventLexicon() {
        return eventWords ? EventWords.standard() : EventWords.NONE;
    }
}

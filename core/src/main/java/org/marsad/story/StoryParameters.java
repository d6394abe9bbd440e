package org.marsad.story;

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
 * @param merge         least similarity of an article to a second story for that story to be merged
 *                      into the one it joined (the article bridges them)
 * @param storyMerge    least cosine between the two stories' own centroids for such a merge
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
 */
public record StoryParameters(double titleWeight, double bigramWeight, double asideWeight, int indexTerms, int candidates,
                              double join, double joinWithDate, double joinWithEvent, double merge, double storyMerge,
                              int graceDays, double halfLifeDays, int windowDays, double titleCoverage, double entityWeight,
                              boolean eventWords) {

    public static StoryParameters standard() {
        return new StoryParameters(3, 1, 0.2, 60, 12, 0.12, 0.05, 0.01, 0.45, 0.20, 2, 3, 21, 0.8, 0.25, true);
    }

    public StoryParameters withTitleCoverage(double titleCoverage) {
        return new StoryParameters(titleWeight, bigramWeight, asideWeight, indexTerms, candidates, join, joinWithDate, joinWithEvent, merge, storyMerge,
                graceDays, halfLifeDays, windowDays, titleCoverage, entityWeight, eventWords);
    }

    public StoryParameters withJoin(double join) {
        return new StoryParameters(titleWeight, bigramWeight, asideWeight, indexTerms, candidates, join, joinWithDate, joinWithEvent, Math.max(merge, join), storyMerge,
                graceDays, halfLifeDays, windowDays, titleCoverage, entityWeight, eventWords);
    }

    public StoryParameters withJoinWithEvent(double joinWithEvent) {
        return new StoryParameters(titleWeight, bigramWeight, asideWeight, indexTerms, candidates, join, joinWithDate, joinWithEvent, merge, storyMerge,
                graceDays, halfLifeDays, windowDays, titleCoverage, entityWeight, eventWords);
    }

    public StoryParameters withEventWords(boolean eventWords) {
        return new StoryParameters(titleWeight, bigramWeight, asideWeight, indexTerms, candidates, join, joinWithDate, joinWithEvent, merge, storyMerge,
                graceDays, halfLifeDays, windowDays, titleCoverage, entityWeight, eventWords);
    }

    public StoryParameters withAsideWeight(double asideWeight) {
        return new StoryParameters(titleWeight, bigramWeight, asideWeight, indexTerms, candidates, join, joinWithDate, joinWithEvent, merge, storyMerge,
                graceDays, halfLifeDays, windowDays, titleCoverage, entityWeight, eventWords);
    }

    /** The action lexicon these parameters ask for. */
    EventWords eventLexicon() {
        return eventWords ? EventWords.standard() : EventWords.NONE;
    }
}

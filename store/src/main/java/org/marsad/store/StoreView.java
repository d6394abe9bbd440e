package org.marsad.store;

import java.util.List;
import java.util.Optional;

import org.marsad.entity.EntityType;
import org.marsad.event.TimelineEvent;

/**
 * What the CLI, the REST API and the web UI ask of the store. Every method sees the last committed
 * state, so readers keep working while an ingest runs. Implementations are thread-safe.
 */
public interface StoreView {

    /** Articles, stories and entities matching a query, with facets over the article hits. */
    SearchResult search(SearchRequest request) throws QuerySyntaxException;

    /** One article, as analyzed at ingest, with its story. */
    Optional<StoredArticle> article(String id);

    /**
     * Articles like the given one outside its own story, best first and one per story, each with the
     * entities and words they share; empty when there is no such article (or none is close enough).
     */
    List<RelatedArticle> related(String articleId, int limit);

    /** Stories, latest first (by last date, undated last, then id). */
    List<StoryView> stories(int offset, int limit);

    /** One story with its articles and entities. */
    Optional<StoryView> story(String id);

    /** Entities by the number of articles that name them, most first; {@code type} null for all. */
    List<EntitySummary> entities(EntityType type, int offset, int limit);

    /** One entity with its articles and the entities named beside it. */
    Optional<EntityView> entity(String id);

    /**
     * Entities whose id, name or any spelling seen in the articles matches {@code name} after
     * normalization and clitic stripping, best first: how {@code timeline --entity بوتن} finds Putin.
     */
    List<EntitySummary> findEntities(String name, int limit);

    /**
     * Events in which any of the entities given takes part or is the place (all events when none is
     * given), merged across articles, ordered by date.
     */
    List<TimelineEvent> timeline(List<String> entityIds);

    /** Counts and the time of the last commit. */
    StoreStats stats();
}

package org.marsad.store;

import java.util.List;

/**
 * An entity's page: the entity, its articles (newest first) and the entities named beside it.
 */
public record EntityView(EntitySummary summary, List<ArticleRef> articles, List<EntityCount> cooccurring) {

    public EntityView {
        articles = List.copyOf(articles);
        cooccurring = List.copyOf(cooccurring);
    }
}

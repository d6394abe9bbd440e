package org.marsad.entity;

import java.util.List;

/** An entity an article names, with every mention of it in the article's text, in text order. */
public record ArticleEntity(Entity entity, List<EntityMention> mentions) {

    public ArticleEntity {
        mentions = List.copyOf(mentions);
    }
}

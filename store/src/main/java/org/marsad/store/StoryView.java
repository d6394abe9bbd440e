package org.marsad.store;

import java.util.List;

import org.marsad.story.Story;

/**
 * A story's page: the story, its articles in story order and the entities they name, most named first.
 */
public record StoryView(Story story, List<ArticleRef> articles, List<EntityCount> entities) {

    public StoryView {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
    }
}

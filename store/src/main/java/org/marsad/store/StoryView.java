package org.marsad.store;

import java.util.List;

import org.marsad.story.Story;

/**
 * A story's page: the story, its articles in story order, the entities they name, most named first,
 * and its keyword tags ({@link org.marsad.tags.StoryTags}), best first.
 */
public record StoryView(Story story, List<ArticleRef> articles, List<EntityCount> entities, List<String> tags) {

    public StoryView {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        tags = List.copyOf(tags);
    }
}

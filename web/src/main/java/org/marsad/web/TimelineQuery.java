package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marsad.entity.Entity;
import org.marsad.event.TimelineEvent;
import org.marsad.store.EntitySummary;
import org.marsad.store.EntityView;
import org.marsad.store.StoreView;

/**
 * A timeline request: the {@code entity} values of a request, each an entity id or a name in any
 * spelling (resolved through {@link StoreView#findEntities}), and the events of all of them.
 *
 * @param entities the entities the values named, in the order given
 * @param events   the events whose participants or place include every one of them, by date
 */
public record TimelineQuery(List<Entity> entities, List<TimelineEvent> events) {

    public TimelineQuery {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /**
     * Resolves {@code values} and reads their timeline; no value gives every event.
     *
     * @throws NotFoundException when a value names no entity
     */
    public static TimelineQuery run(StoreView store, List<String> values) {
        List<Entity> entities = new ArrayList<>(values.size());
        for (String value : values) {
            entities.add(resolve(store, value));
        }
        List<String> ids = entities.stream().map(Entity::id).distinct().toList();
        return new TimelineQuery(entities, store.timeline(ids));
    }

    private static Entity resolve(StoreView store, String value) {
        Optional<EntityView> byId = store.entity(value);
        if (byId.isPresent()) {
            return byId.get().summary().entity();
        }
        List<EntitySummary> byName = store.findEntities(value, 1);
        if (byName.isEmpty()) {
            throw new NotFoundException("no entity is named or spelled '" + value + "'");
        }
        return byName.get(0).entity();
    }
}

package org.marsad.web.html;

import java.util.HashMap;
import java.util.Map;

import org.marsad.store.StoreView;

/**
 * Display names of entity ids for one page, looked up in the store once each. A page that names
 * more entities than {@link #MAX_LOOKUPS} shows the rest by id rather than asking the store without end.
 */
final class EntityNames {

    static final int MAX_LOOKUPS = 60;

    private final StoreView store;
    private final Map<String, String> names = new HashMap<>();
    private int lookups;

    EntityNames(StoreView store) {
        this.store = store;
    }

    /** Tells the names a page already has, so they need no lookup. */
    EntityNames know(String id, String name) {
        names.putIfAbsent(id, name);
        return this;
    }

    String of(String id) {
        String known = names.get(id);
        if (known != null || lookups >= MAX_LOOKUPS) {
            return known != null ? known : id;
        }
        lookups++;
        String name = store.entity(id).map(v -> v.summary().entity().name()).orElse(id);
        names.put(id, name);
        return name;
    }
}

package org.marsad.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.marsad.entity.EntityLexicon;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityRecognizer;

/**
 * Resolves what a user types after {@code --entity} to one entity id: an id of the lexicon as is
 * ({@code vladimir-putin}), else any spelling the recognizer ties to exactly one entity (بوتن،
 * كيم جونج أون، Pyongyang where the lexicon has it). A name that names nobody, or several entities,
 * is an error that says so.
 */
final class EntityNames {

    private final EntityLexicon lexicon = EntityLexicon.standard();
    private final EntityRecognizer recognizer = new EntityRecognizer();

    /** The entity id {@code name} stands for; throws IllegalArgumentException naming the input and the reason. */
    String resolve(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("--entity: empty name");
        }
        if (lexicon.entity(trimmed) != null) {
            return trimmed;
        }
        List<EntityMention> mentions = recognizer.recognize(trimmed);
        Set<String> ids = new LinkedHashSet<>();
        for (EntityMention m : mentions) {
            ids.add(m.entity().id());
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("--entity '" + name + "': no known person, place or organization has this name");
        }
        if (ids.size() > 1) {
            throw new IllegalArgumentException("--entity '" + name + "': names several entities " + ids + "; give one id");
        }
        return ids.iterator().next();
    }
}

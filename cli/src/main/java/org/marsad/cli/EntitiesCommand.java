package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.entity.EntityType;
import org.marsad.store.EntitySummary;
import org.marsad.store.MarsadStore;
import org.marsad.store.VariantCount;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad entities [--data DIR] [--json]}: the entities of the store, most named first. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"List the store's entities with the spellings seen and how many articles name them, most named first.",
                "--json: one object per entity, {\"id\",\"name\",\"name_en\",\"type\",\"subtype\",\"articles\",\"variants\":[{\"text\",\"count\"}]}."})
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--type", description = "PER, LOC or ORG")
    String type;
    @Option(names = "--limit", description = "entities to list (default 50)")
    int limit = 50;
    @Option(names = "--json", description = "one JSON object per entity")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EntityType t = null;
        if (type != null && (t = EntityType.parse(type)) == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown --type " + type + ": use PER, LOC or ORG");
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        try (MarsadStore s = MarsadStore.open(store.existing(spec.commandLine()))) {
            for (EntitySummary e : s.entities(t, 0, Math.max(0, limit))) {
                if (json) {
                    ObjectNode o = mapper.createObjectNode().put("id", e.entity().id()).put("name", e.entity().name())
                            .put("name_en", e.entity().nameEn()).put("type", e.entity().type().name())
                            .put("subtype", e.entity().subtype()).put("articles", e.articles());
                    ArrayNode variants = o.putArray("variants");
                    for (VariantCount v : e.variants()) {
                        variants.addObject().put("text", v.text()).put("count", v.count());
                    }
                    out.println(mapper.writeValueAsString(o));
                } else {
                    out.printf("%-32s %s  %s  %d articles  [%s]%n", e.entity().id(), e.entity().type(), e.entity().name(),
                            e.articles(), String.join("، ", e.variants().stream().map(VariantCount::text).toList()));
                }
            }
        }
        out.flush();
        return 0;
    }
}

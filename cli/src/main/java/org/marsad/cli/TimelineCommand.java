package org.marsad.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.event.Timeline;
import org.marsad.source.InputProblem;
import org.marsad.source.PageReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad timeline [PATH...] [--entity NAME]... [--data DIR] [--json]}: the events of the store, or of the given pages, on one timeline. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Merge the events the store's articles tell (or, with PATHs, those of the given pages): same type, someone in common,",
                "compatible dates; one timeline, ordered by date, each event with every source that tells it.",
                "--entity NAME keeps the events in which NAME takes part or is the place (an entity id or any",
                "spelling; repeat it for several: an event of any of them is kept).",
                "--json: one object per event, {\"date\",\"type\",\"status\",\"participants\",\"place\",\"summary\",",
                "\"sources\":[{\"article\",\"source\",\"outlet\",\"sentence\"}]}."})
final class TimelineCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "pages to read instead of the store")
    List<String> paths = new ArrayList<>();

    @picocli.CommandLine.Mixin
    StoreOption store;

    @Option(names = "--entity", paramLabel = "NAME", description = "an entity id or name; repeatable")
    List<String> entities = new ArrayList<>();

    @Option(names = "--json", description = "one JSON object per event")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty()) {
            return fromStore();
        }
        Set<String> ids = new LinkedHashSet<>();
        EntityNames names = new EntityNames();
        for (String name : entities) {
            try {
                ids.add(names.resolve(name));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        Marsad marsad = new Marsad();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        new PageReader().read(paths, page -> {
            for (Article a : ExtractCommand.extractOrReport(marsad, page, problems)) {
                try {
                    analyzed.add(marsad.analyze(a));
                } catch (RuntimeException e) {
                    problems.accept(new InputProblem(page.source(), "analysis failed: " + e));
                }
            }
        }, problems);
        // the pages' stories, as the store has them: undated tellings of one story's event are one event
        org.marsad.story.StoryClusterer stories = new org.marsad.story.StoryClusterer();
        stories.add(analyzed.stream().map(org.marsad.story.StoryArticle::of).toList());
        new TimelineRenderer().print(Timeline.build(analyzed, ids, stories.assignment()), spec.commandLine().getOut(), json);
        return problems.exitCode();
    }

    /** The timeline of the store's articles; names resolve through the spellings the store has seen. */
    private int fromStore() throws IOException {
        try (org.marsad.store.MarsadStore s = org.marsad.store.MarsadStore.open(store.existing(spec.commandLine()))) {
            List<String> ids = new ArrayList<>();
            for (String name : entities) {
                List<org.marsad.store.EntitySummary> found = s.findEntities(name, 1);
                if (found.isEmpty()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "no entity named \"" + name + "\" in the store " + store.data);
                }
                ids.add(found.get(0).entity().id());
            }
            new TimelineRenderer().print(s.timeline(ids), spec.commandLine().getOut(), json);
        }
        return 0;
    }
}

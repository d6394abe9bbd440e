package org.marsad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.marsad.Marsad;
import org.marsad.article.Article;
import org.marsad.normalize.ArabicNormalizer;
import org.marsad.source.PageReader;
import org.marsad.tags.Keyphrases;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval tags PATH... [--json]}: the keyphrases Marsad finds for an article against the
 * tags its outlet gave it (the {@code كلمات دلالية} line the extractor reads into {@code tags}), on
 * every article of the pages that has outlet tags. A keyphrase matches a tag when their matching keys
 * are equal; precision is over the keyphrases, recall over the outlet's tags, micro-averaged.
 * Outlets tag unevenly (a few names, sometimes a section), so this measures agreement with editors,
 * not correctness.
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
        description = {"Score Marsad's keyphrases against the tags outlets give their articles (where pages have them)."})
final class EvalTagsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "pages or directories of pages")
    List<String> paths;

    @Option(names = "--max", description = "keyphrases per article (default: ${DEFAULT-VALUE})")
    int max = Keyphrases.DEFAULT_MAX;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
        Marsad marsad = new Marsad();
        ArabicNormalizer normalizer = ArabicNormalizer.standard();
        List<Article> tagged = new ArrayList<>();
        new PageReader().read(paths, page -> marsad.extract(page, problems::accept).stream()
                .filter(a -> !a.tags().isEmpty()).forEach(tagged::add), problems::accept);
        int predicted = 0;
        int gold = 0;
        int matched = 0;
        List<String> lines = new ArrayList<>();
        for (Article a : tagged) {
            List<String> phrases = Keyphrases.of(marsad.analyze(a), max);
            Set<String> goldKeys = new LinkedHashSet<>();
            a.tags().forEach(t -> goldKeys.add(normalizer.key(t)));
            Set<String> found = new LinkedHashSet<>();
            phrases.forEach(p -> found.add(normalizer.key(p)));
            int hits = 0;
            for (String k : found) {
                hits += goldKeys.contains(k) ? 1 : 0;
            }
            predicted += found.size();
            gold += goldKeys.size();
            matched += hits;
            lines.add(String.format(Locale.ROOT, "  %s  outlet: %s%n  %s  marsad: %s", a.id(), a.tags(), " ".repeat(a.id().length()), phrases));
        }
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = gold == 0 ? 0 : (double) matched / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        if (json) {
            out.printf(Locale.ROOT, "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"n\": %d, \"articles\": %d}%n",
                    p, r, f, gold, tagged.size());
        } else {
            out.printf(Locale.ROOT, "articles with outlet tags: %d, outlet tags: %d, keyphrases: %d (at most %d per article)%n",
                    tagged.size(), gold, predicted, max);
            out.printf(Locale.ROOT, "keyphrases vs outlet tags: P %.4f R %.4f F1 %.4f%n", p, r, f);
            lines.forEach(out::println);
        }
        out.flush();
        return problems.exitCode();
    }
}

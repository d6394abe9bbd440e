package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.marsad.entity.SpellingVariants;
import org.marsad.normalize.ArabicNormalizer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad eval variants FILE}: pairwise merge precision and recall of Marsad's spelling rule
 * ({@link SpellingVariants#sameName}) against groups of spellings that denote one name. Every pair
 * of spellings is a decision: merged or not. A gold pair is two spellings of one group. Precision
 * is the share of merged pairs that are gold pairs, recall the share of gold pairs merged.
 *
 * <p>Two spellings with the same matching key in different groups (ماركس for Marks and for Marx)
 * are homographs: no rule on the spelling alone can keep them apart, so such pairs are left out of
 * the score and counted apart. Only pairs sharing a {@link SpellingVariants#familyKey family key}
 * can merge, so only those are compared; the rest are counted as not merged.
 */
@Command(name = "variants", mixinStandardHelpOptions = true,
        description = {"Score the spelling-variant rule: pairwise merge precision/recall on groups of spellings of one name.",
                "FILE: arabic<TAB>latin pairs (google/transliteration ar2en; a directory: all its .txt files),",
                "or one group per line, spellings separated by tabs."})
final class EvalVariantsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "spellings file or directory")
    Path file;

    @Option(names = "--layout", defaultValue = "AUTO", description = "AUTO (default), PAIRS or GROUPS")
    SpellingGroups.Layout layout;

    @Option(names = "--json", description = "print one JSON object: precision, recall, f1, n (gold pairs) and counts")
    boolean json;

    @Option(names = "--errors", description = "list missed pairs (-) and wrong merges (+) on stderr")
    boolean errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A spelling of group {@code group}; identity matters (one item per spelling per group). */
    private static final class Item {
        final int group;
        final String spelling;
        final String key;

        Item(int group, String spelling, String key) {
            this.group = group;
            this.spelling = spelling;
            this.key = key;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        List<List<String>> groups = SpellingGroups.read(file, layout);
        ArabicNormalizer normalizer = ArabicNormalizer.standard();
        Map<String, List<Item>> blocks = new LinkedHashMap<>();
        long goldPairs = 0;
        int spellings = 0;
        int multi = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            goldPairs += (long) group.size() * (group.size() - 1) / 2;
            spellings += group.size();
            multi += group.size() > 1 ? 1 : 0;
            for (String s : group) {
                blocks.computeIfAbsent(SpellingVariants.familyKey(s), k -> new ArrayList<>())
                        .add(new Item(g, s, normalizer.key(s)));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        long tp = 0;
        long fp = 0;
        long homographs = 0;
        long compared = 0;
        java.util.Set<Item> wronglyMerged = new java.util.HashSet<>();
        for (List<Item> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    Item a = block.get(i);
                    Item b = block.get(j);
                    boolean gold = a.group == b.group;
                    if (!gold && a.key.equals(b.key)) {
                        homographs++;
                        continue;
                    }
                    compared++;
                    boolean merged = SpellingVariants.sameName(a.spelling, b.spelling);
                    if (merged && gold) {
                        tp++;
                    } else if (merged) {
                        fp++;
                        wronglyMerged.add(a);
                        wronglyMerged.add(b);
                        if (errors) {
                            err.printf("+ %s | %s%n", a.spelling, b.spelling);
                        }
                    }
                }
            }
        }
        if (errors) {
            listMissed(groups, err);
        }
        long fn = goldPairs - tp;
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = goldPairs == 0 ? 0 : (double) tp / goldPairs;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"n\": %d, \"tp\": %d, \"fp\": %d, \"fn\": %d, "
                            + "\"groups\": %d, \"groups_with_variants\": %d, \"spellings\": %d, \"pairs_compared\": %d, "
                            + "\"homograph_pairs_left_out\": %d, \"spellings_merged_with_another_name\": %d}%n",
                    p, r, f, goldPairs, tp, fp, fn, groups.size(), multi, spellings, compared, homographs, wronglyMerged.size());
        } else {
            out.printf(Locale.ROOT, "%d spellings in %d groups (%d with two or more); %d gold pairs%n", spellings, groups.size(), multi, goldPairs);
            out.printf(Locale.ROOT, "merged pairs: %d right, %d wrong; %d gold pairs not merged; %d homograph pairs left out%n",
                    tp, fp, fn, homographs);
            out.printf(Locale.ROOT, "spellings merged with a spelling of another name: %d of %d (%.1f%%)%n",
                    wronglyMerged.size(), spellings, 100.0 * wronglyMerged.size() / spellings);
            out.printf(Locale.ROOT, "precision %.4f  recall %.4f  f1 %.4f%n", p, r, f);
        }
        out.flush();
        return 0;
    }

    private static void listMissed(List<List<String>> groups, PrintWriter err) {
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    if (!SpellingVariants.sameName(g.get(i), g.get(j))) {
                        err.printf("- %s | %s%n", g.get(i), g.get(j));
                    }
                }
            }
        }
    }
}

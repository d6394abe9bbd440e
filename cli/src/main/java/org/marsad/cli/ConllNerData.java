package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.marsad.entity.EntityType;
import org.marsad.entity.NameSpan;
import org.marsad.entity.tagger.TrainingText;

/**
 * Named-entity data in CoNLL columns, read for evaluation: a word a line, then one or more IOB2 tags
 * (several for Wojood's nested entities). Sentences end at a blank line, or for ANERcorp, which has
 * none, after a lone full stop. Tag types map to Marsad's: PER and PERS to PER, LOC and GPE to LOC,
 * ORG to ORG; MISC, MIS0..3 and Wojood's other types are left out of the score.
 */
final class ConllNerData {

    /** A gold or predicted entity: words {@code [start, end)} of a document, and its type. */
    record Span(int start, int end, EntityType type) {
    }

    /** A document: its words, where its sentences start, and its gold entities. */
    record Document(List<String> words, List<Integer> sentenceStarts, List<Span> gold) {

        /** The document as one text: words joined by a space, sentences by a line break. */
        Text text() {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[words.size()];
            int[] ends = new int[words.size()];
            Set<Integer> sentenceStart = new HashSet<>(sentenceStarts);
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    text.append(sentenceStart.contains(i) ? '\n' : ' ');
                }
                starts[i] = text.length();
                text.append(words.get(i));
                ends[i] = text.length();
            }
            return new Text(text.toString(), starts, ends);
        }

        /** The text with its gold spans as char offsets, for training. */
        TrainingText trainingText() {
            Text t = text();
            List<NameSpan> spans = new ArrayList<>(gold.size());
            for (Span s : gold) {
                spans.add(new NameSpan(t.starts[s.start()], t.ends[s.end() - 1], s.type()));
            }
            return new TrainingText(t.text, spans);
        }
    }

    /** A document's text and where each of its words starts and ends in it. */
    record Text(String text, int[] starts, int[] ends) {

        /** The words that the chars {@code [start, end)} overlap, as a span of {@code type}; null when none. */
        Span words(int start, int end, EntityType type) {
            int first = 0;
            while (first < ends.length && ends[first] <= start) {
                first++;
            }
            if (first == ends.length || starts[first] >= end) {
                return null;
            }
            int last = first;
            while (last + 1 < starts.length && starts[last + 1] < end) {
                last++;
            }
            return new Span(first, last + 1, type);
        }
    }

    /** The parts of a data set: its first 10% of documents held out as dev, the other 90% for training. */
    static final double DEV_FRACTION = 0.1;
    static final List<String> PARTS = List.of("all", "dev", "train", "test");
    static final List<String> FORMATS = List.of("anercorp", "aqmar", "wojood");

    /**
     * The documents of {@code part}: all; dev, the first 10% of documents (rounded up); train, the
     * other 90%; test, the same 90% under its older name.
     */
    static List<Document> part(List<Document> docs, String part) {
        int devEnd = (int) Math.ceil(docs.size() * DEV_FRACTION);
        return switch (part) {
            case "dev" -> docs.subList(0, devEnd);
            case "train", "test" -> docs.subList(devEnd, docs.size());
            case "all" -> docs;
            default -> throw new IllegalArgumentException("unknown part " + part + "; known: " + PARTS);
        };
    }

    /** Sentences per document where the data marks no documents: small, so that coreference stays local. */
    private static final int SENTENCES_PER_DOCUMENT = 20;

    private ConllNerData() {
    }

    static List<Document> read(Path path, String format) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        } else {
            files.add(path);
        }
        boolean splitOnStop = format.equals("anercorp");
        boolean documentPerFile = format.equals("aqmar");
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            List<List<String[]>> sentences = sentences(Files.readAllLines(f, StandardCharsets.UTF_8), splitOnStop);
            int per = documentPerFile ? Math.max(1, sentences.size()) : SENTENCES_PER_DOCUMENT;
            for (int s = 0; s < sentences.size(); s += per) {
                docs.add(document(sentences.subList(s, Math.min(sentences.size(), s + per))));
            }
        }
        return docs;
    }

    private static List<List<String[]>> sentences(List<String> lines, boolean splitOnStop) {
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.strip().split("\\s+");
            if (line.isBlank() || cells.length < 2) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(cells);
            if (splitOnStop && cells[0].equals(".")) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static Document document(List<List<String[]>> sentences) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Span> gold = new ArrayList<>();
        for (List<String[]> sentence : sentences) {
            int base = words.size();
            starts.add(base);
            Map<String, Integer> open = new HashMap<>();
            for (int i = 0; i < sentence.size(); i++) {
                String[] cells = sentence.get(i);
                words.add(cells[0]);
                Map<String, Character> tags = new HashMap<>();
                for (int c = 1; c < cells.length; c++) {
                    String tag = cells[c];
                    if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
                        String type = tag.substring(2).toUpperCase(Locale.ROOT);
                        tags.merge(type, tag.charAt(0), (a, b) -> a == 'B' || b == 'B' ? 'B' : 'I');
                    }
                }
                for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                    var e = it.next();
                    Character t = tags.get(e.getKey());
                    if (t == null || t == 'B') {
                        addSpan(gold, base + e.getValue(), base + i, e.getKey());
                        it.remove();
                    }
                }
                for (var e : tags.entrySet()) {
                    if (!open.containsKey(e.getKey())) {
                        open.put(e.getKey(), i);
                    }
                }
            }
            for (var e : open.entrySet()) {
                addSpan(gold, base + e.getValue(), base + sentence.size(), e.getKey());
            }
        }
        return new Document(words, starts, gold);
    }

    private static void addSpan(List<Span> gold, int start, int end, String rawType) {
        EntityType type = EntityType.parse(rawType);
        if (type != null) {
            Span s = new Span(start, end, type);
            if (!gold.contains(s)) {
                gold.add(s);
            }
        }
    }
}

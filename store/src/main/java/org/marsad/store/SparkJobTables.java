package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import dev.hardwood.HardwoodContext;
import dev.hardwood.InputFile;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.RowReader;
import dev.hardwood.row.PqList;
import dev.hardwood.row.StructAccessor;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.event.EventFrame;
import org.marsad.event.EventStatus;
import org.marsad.event.EventType;
import org.marsad.source.InputProblem;
import org.marsad.store.codec.JsonCodec;
import org.marsad.time.TimeExpression;

/**
 * The Parquet tables the Spark job writes ({@code marsad-spark ... --out DIR}), read back as the
 * analyzed articles they were written from, for {@link StoreWriter#ingestAnalyzed}:
 * <ul>
 *   <li>{@code articles}: one article per row (the article JSON fields), and {@code story}, the
 *       job's story id, kept apart ({@link Loaded#jobStories}) since the store derives its own;</li>
 *   <li>{@code entities} (one row per mention), {@code times}, {@code events}: joined to their
 *       article by {@code article_id}, put back in text order (entities by first mention);</li>
 *   <li>a missing side table leaves its part of the articles empty and is named in
 *       {@link Loaded#missingTables}; a missing {@code articles} table is an error;</li>
 *   <li>a part file that cannot be read, or a row that does not make a valid record, is a problem
 *       naming the file (and the row) and the reason; the other files and rows go on.</li>
 * </ul>
 * Articles are grouped into pages by source; a page's hash is the hash of its articles as stored,
 * so loading the same tables twice changes nothing. The article blocks are not in the tables
 * ({@code --explain} output is not kept by the job), so stored articles have none.
 *
 * <p>Read with hardwood (no Hadoop): uncompressed, gzip and Snappy (Spark's default) files.
 */
public final class SparkJobTables {

    static final String ARTICLES = "articles";
    static final String ENTITIES = "entities";
    static final String TIMES = "times";
    static final String EVENTS = "events";
    private static final String PARQUET_SUFFIX = ".parquet";
    /**
     * hardwood tells through java.util.logging, at INFO, whether it found the incubating Vector API;
     * nothing a user of the CLI could act on. Held here so the level set on it is not collected away.
     */
    private static final Logger HARDWOOD_LOG = Logger.getLogger("dev.hardwood");

    static {
        HARDWOOD_LOG.setLevel(Level.WARNING);
    }

    private SparkJobTables() {
    }

    /**
     * What the tables gave.
     *
     * @param pages         the articles, page by page (pages by source, articles by position)
     * @param jobStories    article id to the job's story id, for the articles that have one
     * @param problems      part files or rows that could not be read
     * @param missingTables side tables that were not there
     */
    public record Loaded(List<AnalyzedPage> pages, Map<String, String> jobStories, List<InputProblem> problems,
                         List<String> missingTables) {

        public long articles() {
            return pages.stream().mapToLong(p -> p.articles().size()).sum();
        }
    }

    /** @throws IOException when {@code dir} holds no {@code articles} table (the message does not name {@code dir}) */
    public static Loaded read(Path dir) throws IOException {
        Path articlesTable = dir.resolve(ARTICLES);
        if (!Files.isDirectory(articlesTable)) {
            throw new IOException("no '" + ARTICLES + "' table (a directory of Parquet files) here;"
                    + " give the --out directory of the Spark job");
        }
        List<InputProblem> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, ArticleEntity>> entities = new HashMap<>();
        Map<String, List<TimeExpression>> times = new HashMap<>();
        Map<String, List<EventFrame>> events = new HashMap<>();
        Map<String, List<AnalyzedArticle>> bySource = new TreeMap<>();
        Map<String, String> stories = new HashMap<>();
        try (HardwoodContext context = HardwoodContext.create()) {
            TableReader tables = new TableReader(dir, context, problems, missing);
            tables.rows(ENTITIES, row -> addMention(entities, row));
            tables.rows(TIMES, row -> times.computeIfAbsent(row.getString("article_id"), k -> new ArrayList<>())
                    .add(new TimeExpression(row.getString("text"), row.getInt("start"), row.getInt("end"),
                            row.getString("type"), row.getString("value"))));
            tables.rows(EVENTS, row -> events.computeIfAbsent(row.getString("article_id"), k -> new ArrayList<>())
                    .add(event(row)));
            tables.rows(ARTICLES, row -> {
                Article a = article(row);
                String id = a.id();
                List<ArticleEntity> named = new ArrayList<>(entities.getOrDefault(id, Map.of()).values());
                named.replaceAll(e -> new ArticleEntity(e.entity(),
                        e.mentions().stream().sorted(Comparator.comparingInt(EntityMention::start)).toList()));
                named.sort(Comparator.comparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start()));
                List<TimeExpression> t = new ArrayList<>(times.getOrDefault(id, List.of()));
                t.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end));
                List<EventFrame> f = new ArrayList<>(events.getOrDefault(id, List.of()));
                f.sort(Comparator.comparingInt(EventFrame::start));
                bySource.computeIfAbsent(a.source(), k -> new ArrayList<>()).add(new AnalyzedArticle(a, named, t, f));
                if (!row.isNull("story")) {
                    stories.put(id, row.getString("story"));
                }
            });
        }
        List<AnalyzedPage> pages = new ArrayList<>(bySource.size());
        for (Map.Entry<String, List<AnalyzedArticle>> page : bySource.entrySet()) {
            List<AnalyzedArticle> articles = page.getValue();
            articles.sort(Comparator.comparingInt((AnalyzedArticle a) -> a.article().position()).thenComparing(a -> a.article().id()));
            StringBuilder stored = new StringBuilder();
            for (AnalyzedArticle a : articles) {
                stored.append(JsonCodec.article(a)).append('\n');
            }
            pages.add(new AnalyzedPage(page.getKey(), StoreWriter.hash(stored.toString()), articles));
        }
        return new Loaded(pages, stories, problems, missing);
    }

    private static void addMention(Map<String, Map<String, ArticleEntity>> entities, StructAccessor row) {
        Entity entity = new Entity(row.getString("entity_id"), row.getString("name"), string(row, "name_en"),
                EntityType.valueOf(row.getString("type")), row.getString("subtype"), string(row, "wikidata"));
        EntityMention mention = new EntityMention(entity, row.getString("text"), row.getInt("start"), row.getInt("end"),
                EntityMention.Resolution.valueOf(row.getString("how").toUpperCase(Locale.ROOT)), row.getDouble("score"));
        Map<String, ArticleEntity> ofArticle = entities.computeIfAbsent(row.getString("article_id"), k -> new LinkedHashMap<>());
        ArticleEntity known = ofArticle.get(entity.id());
        List<EntityMention> mentions = new ArrayList<>(known == null ? List.of() : known.mentions());
        mentions.add(mention);
        ofArticle.put(entity.id(), new ArticleEntity(known == null ? entity : known.entity(), mentions));
    }

    private static EventFrame event(StructAccessor row) {
        return new EventFrame(EventType.valueOf(row.getString("type").toUpperCase(Locale.ROOT)),
                EventStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), string(row, "date"),
                strings(row, "participants"), string(row, "place"), row.getString("sentence"), row.getInt("start"),
                row.getInt("end"));
    }

    private static Article article(StructAccessor row) {
        LocalDate published = row.isNull("published") ? null : row.getDate("published");
        return new Article(row.getString("id"), row.getString("source"), row.getInt("position"),
                "appended".equals(row.getString("role")) ? Article.Role.APPENDED : Article.Role.MAIN,
                string(row, "title"), published, string(row, "published_from"), string(row, "outlet"),
                string(row, "section"), string(row, "byline"), strings(row, "agencies"), strings(row, "tags"),
                strings(row, "paragraphs"), strings(row, "captions"), strings(row, "related"),
                row.isNull("language") ? "und" : row.getString("language"), List.of());
    }

    private static String string(StructAccessor row, String column) {
        return row.isNull(column) ? null : row.getString(column);
    }

    private static List<String> strings(StructAccessor row, String column) {
        if (row.isNull(column)) {
            return List.of();
        }
        PqList list = row.getList(column);
        return list == null ? List.of() : list.strings();
    }

    /** Reads the part files of one table, row by row; a file or row that fails is a problem, the rest goes on. */
    private record TableReader(Path dir, HardwoodContext context, List<InputProblem> problems, List<String> missing) {

        void rows(String table, Consumer<StructAccessor> each) throws IOException {
            Path tableDir = dir.resolve(table);
            if (!Files.isDirectory(tableDir)) {
                missing.add(table);
                return;
            }
            List<Path> parts;
            try (Stream<Path> files = Files.list(tableDir)) {
                parts = files.filter(f -> {
                    String name = f.getFileName().toString();
                    return name.endsWith(PARQUET_SUFFIX) && !name.startsWith(".") && !name.startsWith("_");
                }).sorted().toList();
            }
            for (Path part : parts) {
                long row = 0;
                try (ParquetFileReader file = ParquetFileReader.open(InputFile.of(part), context);
                     RowReader rows = file.rowReader()) {
                    while (rows.hasNext()) {
                        rows.next();
                        row++;
                        try {
                            each.accept(rows);
                        } catch (RuntimeException e) {
                            problems.add(new InputProblem(part + "#" + row, "row skipped: " + e));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    problems.add(new InputProblem(part.toString(), "not a readable Parquet file"
                            + (row > 0 ? " after " + row + " rows" : "") + ": " + e.getMessage()));
                }
            }
        }
    }
}

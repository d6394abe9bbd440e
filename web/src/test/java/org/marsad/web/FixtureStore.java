package org.marsad.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Block;
import org.marsad.article.BlockLabel;
import org.marsad.dedup.Duplicate;
import org.marsad.entity.ArticleEntity;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.event.EventFrame;
import org.marsad.event.EventSource;
import org.marsad.event.EventStatus;
import org.marsad.event.EventType;
import org.marsad.event.TimelineEvent;
import org.marsad.store.ArticleRef;
import org.marsad.store.EntityCount;
import org.marsad.store.EntitySummary;
import org.marsad.store.EntityView;
import org.marsad.store.FacetValue;
import org.marsad.store.RelatedArticle;
import org.marsad.store.Hit;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.SnippetPart;
import org.marsad.store.StoreStats;
import org.marsad.store.StoreView;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoryView;
import org.marsad.story.Story;
import org.marsad.story.StoryArticle;
import org.marsad.tags.StoryTags;
import org.marsad.time.TimeExpression;

/**
 * A store held in memory over a few hand-written Arabic articles, for the web tests and the
 * {@link DevServer}. Its search is deliberately plain (every query word must occur in the title or
 * text as written; an unbalanced quote is a syntax error): the tests check the web layer, not search.
 */
public final class FixtureStore implements StoreView {

    public static final String PAYLOAD_SCRIPT = "<script>document.title='pwned';window.__marsadPwned=1</script>";
    public static final String PAYLOAD_IMG = "\"><img src=x onerror=\"window.__marsadPwned=2\">";
    /** A word only the payload article holds, to find it by search. */
    public static final String PAYLOAD_QUERY = "حمولة";

    static final Entity PUTIN = new Entity("vladimir-putin", "فلاديمير بوتين", "Vladimir Putin", EntityType.PER,
            "head-of-state", "Q7747");
    static final Entity KIM = new Entity("kim-jong-un", "كيم جونغ أون", "Kim Jong Un", EntityType.PER, "head-of-state", "Q56226");
    static final Entity PYONGYANG = new Entity("pyongyang", "بيونغ يانغ", "Pyongyang", EntityType.LOC, "city", "Q18808");
    static final Entity LAVROV = new Entity("sergey-lavrov", "سيرغي لافروف", "Sergey Lavrov", EntityType.PER, "minister", null);
    /** An entity whose name carries the payload too: names are data. */
    static final Entity PAYLOAD_ORG = new Entity("org-payload", "منظمة " + PAYLOAD_SCRIPT, null, EntityType.ORG,
            Entity.DISCOVERED, null);

    static final String STORY_ID = "a-visit";

    private final Map<String, StoredArticle> articles = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Story> stories = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();

    /** The fixture: a story told by two outlets, a third article about a meeting, and the payload article. */
    public static FixtureStore sample() {
        FixtureStore store = new FixtureStore();
        Map<String, Entity> spellings = new LinkedHashMap<>();
        spellings.put("بوتن", PUTIN);
        spellings.put("بوتين", PUTIN);
        spellings.put("كيم جونغ أون", KIM);
        spellings.put("كيم جونج أون", KIM);
        spellings.put("بيونغ يانغ", PYONGYANG);
        spellings.put("بيونج يانج", PYONGYANG);
        spellings.put("لافروف", LAVROV);
        spellings.put("منظمة " + PAYLOAD_SCRIPT, PAYLOAD_ORG);

        store.add(article("a-visit", "pages/nahar-visit.txt", "بوتن يصل إلى بيونغ يانغ في زيارة رسمية",
                LocalDate.of(2024, 6, 19), "صحيفة النهار التجريبية",
                List.of("وصل الرئيس الروسي بوتن إلى بيونغ يانغ فجر الأربعاء في زيارة تستغرق يومين.",
                        "واستقبله الزعيم كيم جونغ أون في المطار، وقال إن الزيارة تفتح صفحة جديدة.",
                        "وكان بوتين قد زار البلاد آخر مرة في يوليو 2000."),
                spellings, STORY_ID, List.of(new EventFrame(EventType.VISIT, EventStatus.HAPPENED, "2024-06-19",
                        List.of(PUTIN.id(), KIM.id()), PYONGYANG.id(),
                        "وصل الرئيس الروسي بوتن إلى بيونغ يانغ فجر الأربعاء في زيارة تستغرق يومين.", 0, 72))));
        store.add(article("a-wire", "https://example.org/news/kim-putin", "كيم جونج أون يستقبل بوتين في بيونج يانج",
                LocalDate.of(2024, 6, 19), "وكالة الأنباء التجريبية",
                List.of("استقبل كيم جونج أون الرئيس بوتين في بيونج يانج يوم الأربعاء.",
                        "ووقع الزعيمان اتفاقية شراكة شاملة بعد محادثات استمرت ساعتين."),
                spellings, STORY_ID, List.of()));
        store.add(article("a-lavrov", "pages/lavrov.txt", "لافروف يلتقي وزيرة خارجية كوريا الشمالية",
                LocalDate.of(2024, 1, 16), "صحيفة النهار التجريبية",
                List.of("التقى وزير الخارجية الروسي لافروف نظيرته الكورية في موسكو الشهر الماضي بحضور مسؤولين عن بوتين."),
                spellings, null, List.of()));
        store.add(article("a-payload", "pages/x\"><script>alert(3)</script>.txt", PAYLOAD_SCRIPT + " عنوان فيه حمولة",
                LocalDate.of(2024, 6, 20), "<b>مصدر</b>" + PAYLOAD_IMG,
                List.of("فقرة فيها حمولة " + PAYLOAD_IMG + " ثم " + PAYLOAD_SCRIPT,
                        "وتذكر منظمة " + PAYLOAD_SCRIPT + " مرة أخرى."),
                spellings, null, List.of()));

        store.stories.add(new Story(STORY_ID, "بوتن يصل إلى بيونغ يانغ في زيارة رسمية", LocalDate.of(2024, 6, 19),
                LocalDate.of(2024, 6, 19), List.of("صحيفة النهار التجريبية", "وكالة الأنباء التجريبية"),
                List.of(storyArticle(store.articles.get("a-visit")), storyArticle(store.articles.get("a-wire"))),
                List.of("بوتين", "بيونغ", "زيارة"),
                List.of("وصل الرئيس الروسي بوتن إلى بيونغ يانغ فجر الأربعاء في زيارة تستغرق يومين.",
                        "ووقع الزعيمان اتفاقية شراكة شاملة بعد محادثات استمرت ساعتين."),
                List.of(new Duplicate("a-wire", "a-visit", false, 0.62, true))));

        store.events.add(new TimelineEvent("2000-07", null, EventType.VISIT, EventStatus.HAPPENED, List.of(PUTIN.id()),
                PYONGYANG.id(), "وكان بوتين قد زار البلاد آخر مرة في يوليو 2000.",
                List.of(new EventSource("a-visit", "pages/nahar-visit.txt", "صحيفة النهار التجريبية",
                        "وكان بوتين قد زار البلاد آخر مرة في يوليو 2000."))));
        store.events.add(new TimelineEvent("2023-12", null, EventType.MEETING, EventStatus.HAPPENED,
                List.of(LAVROV.id(), PUTIN.id()), null,
                "التقى وزير الخارجية الروسي لافروف نظيرته الكورية في موسكو الشهر الماضي.",
                List.of(new EventSource("a-lavrov", "pages/lavrov.txt", "صحيفة النهار التجريبية",
                        "التقى وزير الخارجية الروسي لافروف نظيرته الكورية في موسكو الشهر الماضي."))));
        store.events.add(new TimelineEvent("2024-06-19", null, EventType.VISIT, EventStatus.HAPPENED,
                List.of(PUTIN.id(), KIM.id()), PYONGYANG.id(),
                "وصل الرئيس الروسي بوتن إلى بيونغ يانغ فجر الأربعاء في زيارة تستغرق يومين.",
                List.of(new EventSource("a-visit", "pages/nahar-visit.txt", "صحيفة النهار التجريبية",
                                "وصل الرئيس الروسي بوتن إلى بيونغ يانغ فجر الأربعاء في زيارة تستغرق يومين."),
                        new EventSource("a-wire", "https://example.org/news/kim-putin", "وكالة الأنباء التجريبية",
                                "استقبل كيم جونج أون الرئيس بوتين في بيونج يانج يوم الأربعاء."))));
        store.events.add(new TimelineEvent("2024-06-19", null, EventType.AGREEMENT, EventStatus.HAPPENED,
                List.of(PUTIN.id(), KIM.id()), null, "ووقع الزعيمان اتفاقية شراكة شاملة بعد محادثات استمرت ساعتين.",
                List.of(new EventSource("a-wire", "https://example.org/news/kim-putin", "وكالة الأنباء التجريبية",
                        "ووقع الزعيمان اتفاقية شراكة شاملة بعد محادثات استمرت ساعتين."))));
        store.events.add(new TimelineEvent(null, null, EventType.STATEMENT, EventStatus.REPORTED,
                List.of(PUTIN.id(), PAYLOAD_ORG.id()), null, "قال " + PAYLOAD_SCRIPT + " في بيان.",
                List.of(new EventSource("a-payload", "pages/x.txt", "<b>مصدر</b>", PAYLOAD_IMG))));
        return store;
    }

    /** A store with nothing in it. */
    public static FixtureStore empty() {
        return new FixtureStore();
    }

    private void add(StoredArticle a) {
        articles.put(a.analyzed().article().id(), a);
        for (ArticleEntity e : a.analyzed().entities()) {
            entities.putIfAbsent(e.entity().id(), e.entity());
        }
    }

    private static StoredArticle article(String id, String source, String title, LocalDate published, String outlet,
                                         List<String> paragraphs, Map<String, Entity> spellings, String story,
                                         List<EventFrame> events) {
        List<Block> blocks = new ArrayList<>();
        int line = 1;
        blocks.add(new Block(line++, BlockLabel.TITLE, "first long line before the body", title));
        blocks.add(new Block(line++, BlockLabel.META, "date line", "تاريخ النشر: " + published));
        for (String p : paragraphs) {
            blocks.add(new Block(line++, BlockLabel.BODY, "long Arabic paragraph", p));
        }
        blocks.add(Block.html("body > div#share > a:nth-child(2)", BlockLabel.NOISE, "share bar <span>", "شارك"));
        Article a = new Article(id, source, 0, Article.Role.MAIN, title, published, "page", outlet, "سياسة", null,
                List.of("تاس"), List.of("روسيا", "كوريا"), paragraphs, List.of(), List.of(), "ar", blocks);
        String text = a.text();
        Map<Entity, List<EntityMention>> mentions = new LinkedHashMap<>();
        List<int[]> taken = new ArrayList<>();
        for (Map.Entry<String, Entity> s : spellings.entrySet()) {
            for (int at = text.indexOf(s.getKey()); at >= 0; at = text.indexOf(s.getKey(), at + 1)) {
                int start = at;
                int end = at + s.getKey().length();
                if (taken.stream().anyMatch(t -> t[0] < end && start < t[1])) {
                    continue;
                }
                taken.add(new int[] {start, end});
                mentions.computeIfAbsent(s.getValue(), k -> new ArrayList<>())
                        .add(new EntityMention(s.getValue(), s.getKey(), start, end, EntityMention.Resolution.LEXICON, 1));
            }
        }
        List<ArticleEntity> found = new ArrayList<>();
        mentions.forEach((e, m) -> found.add(new ArticleEntity(e, m.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList())));
        List<TimeExpression> times = new ArrayList<>();
        int wed = text.indexOf("الأربعاء");
        if (wed >= 0) {
            times.add(new TimeExpression("الأربعاء", wed, wed + "الأربعاء".length(), TimeExpression.DATE, published.toString()));
        }
        return new StoredArticle(new AnalyzedArticle(a, found, times, events), story, "hash-" + id);
    }

    private static StoryArticle storyArticle(StoredArticle s) {
        return StoryArticle.of(s.analyzed().article());
    }

    private static ArticleRef ref(StoredArticle s) {
        Article a = s.analyzed().article();
        return new ArticleRef(a.id(), a.title(), a.outlet(), a.published(), a.publishedFrom(), a.source(), a.position(),
                a.role().jsonName(), s.story());
    }

    private static boolean names(StoredArticle s, String entityId) {
        return s.analyzed().entities().stream().anyMatch(e -> e.entity().id().equals(entityId));
    }

    @Override
    public SearchResult search(SearchRequest r) throws QuerySyntaxException {
        if (r.query().chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new QuerySyntaxException("unbalanced quote in '" + r.query() + "'");
        }
        List<String> words = r.query().isBlank() ? List.of() : List.of(r.query().replace("\"", "").strip().split("\\s+"));
        List<StoredArticle> matched = articles.values().stream()
                .filter(s -> {
                    Article a = s.analyzed().article();
                    String all = (a.title() == null ? "" : a.title()) + "\n" + a.text();
                    return words.stream().allMatch(all::contains)
                            && (r.outlets().isEmpty() || r.outlets().contains(a.outlet()))
                            && r.entities().stream().allMatch(e -> names(s, e))
                            && (r.story() == null || r.story().equals(s.story()))
                            && (r.from() == null || (a.published() != null && !a.published().isBefore(r.from())))
                            && (r.to() == null || (a.published() != null && !a.published().isAfter(r.to())));
                })
                .sorted(r.sort() == SearchRequest.Sort.DATE
                        ? Comparator.comparing((StoredArticle s) -> s.analyzed().article().published()).reversed()
                        : Comparator.comparing((StoredArticle s) -> 0))
                .toList();
        List<Hit> hits = new ArrayList<>();
        switch (r.type()) {
            case "story" -> stories.stream().filter(st -> matched.stream().anyMatch(s -> st.id().equals(s.story())))
                    .forEach(st -> hits.add(new Hit("story", st.id(), st.title(), st.last(), null, null, List.of(), 1f)));
            case "entity" -> entities.values().stream().filter(e -> words.stream().allMatch(e.name()::contains))
                    .forEach(e -> hits.add(new Hit("entity", e.id(), e.name(), null, null, null, List.of(), 1f)));
            default -> matched.forEach(s -> {
                Article a = s.analyzed().article();
                hits.add(new Hit("article", a.id(), a.title(), a.published(), a.outlet(), s.story(), snippet(a.text(), words), 1f));
            });
        }
        Map<String, List<FacetValue>> facets = new TreeMap<>();
        facets.put("outlet", count(matched, s -> List.of(s.analyzed().article().outlet()), Function.identity()));
        facets.put("entity", count(matched, s -> s.analyzed().entities().stream().map(e -> e.entity().id()).toList(),
                id -> entities.get(id).name()));
        facets.put("month", count(matched, s -> List.of(s.analyzed().article().published().toString().substring(0, 7)),
                Function.identity()));
        facets.put("type", List.of(new FacetValue("article", "article", matched.size())));
        int from = Math.min(r.offset(), hits.size());
        int to = Math.min(hits.size(), from + r.limit());
        return new SearchResult(hits.size(), hits.subList(from, to), facets);
    }

    private static List<FacetValue> count(List<StoredArticle> matched, Function<StoredArticle, List<String>> values,
                                          Function<String, String> label) {
        Map<String, Long> counts = matched.stream().flatMap(s -> values.apply(s).stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new FacetValue(e.getKey(), label.apply(e.getKey()), e.getValue())).toList();
    }

    private static List<SnippetPart> snippet(String text, List<String> words) {
        String first = text.lines().findFirst().orElse("");
        List<SnippetPart> parts = new ArrayList<>();
        int at = 0;
        while (at < first.length()) {
            int best = -1;
            String word = null;
            for (String w : words) {
                int i = first.indexOf(w, at);
                if (i >= 0 && (best < 0 || i < best)) {
                    best = i;
                    word = w;
                }
            }
            if (best < 0) {
                parts.add(new SnippetPart(first.substring(at), false));
                break;
            }
            if (best > at) {
                parts.add(new SnippetPart(first.substring(at, best), false));
            }
            parts.add(new SnippetPart(word, true));
            at = best + word.length();
        }
        return parts;
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** Articles of other stories naming an entity of the article, most shared entities first. */
    @Override
    public List<RelatedArticle> related(String articleId, int limit) {
        StoredArticle self = articles.get(articleId);
        if (self == null) {
            return List.of();
        }
        List<String> own = self.analyzed().entities().stream().map(e -> e.entity().id()).distinct().toList();
        List<RelatedArticle> out = new ArrayList<>();
        for (StoredArticle other : articles.values()) {
            if (other == self || (self.story() != null && self.story().equals(other.story()))) {
                continue;
            }
            List<String> shared = other.analyzed().entities().stream().map(ArticleEntity::entity)
                    .filter(e -> own.contains(e.id())).map(Entity::name).distinct().toList();
            if (!shared.isEmpty()) {
                out.add(new RelatedArticle(ref(other), shared.size(), shared, List.of()));
            }
        }
        out.sort(Comparator.comparingDouble(RelatedArticle::score).reversed());
        return out.stream().limit(limit).toList();
    }

    @Override
    public List<StoryView> stories(int offset, int limit) {
        return stories.stream().skip(offset).limit(limit).map(this::view).toList();
    }

    @Override
    public Optional<StoryView> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst().map(this::view);
    }

    private StoryView view(Story s) {
        List<StoredArticle> members = s.articles().stream().map(a -> articles.get(a.id())).toList();
        return new StoryView(s, members.stream().map(FixtureStore::ref).toList(), entityCounts(members, null),
                StoryTags.of(members.stream().map(StoredArticle::analyzed).toList(), 8));
    }

    private List<EntityCount> entityCounts(List<StoredArticle> members, String except) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StoredArticle m : members) {
            for (ArticleEntity e : m.analyzed().entities()) {
                if (!e.entity().id().equals(except)) {
                    counts.merge(e.entity().id(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(c -> new EntityCount(c.getKey(), entities.get(c.getKey()).name(), entities.get(c.getKey()).type().name(),
                        c.getValue())).toList();
    }

    @Override
    public List<EntitySummary> entities(EntityType type, int offset, int limit) {
        return entities.values().stream().filter(e -> type == null || e.type() == type).map(this::summary)
                .sorted(Comparator.comparingInt(EntitySummary::articles).reversed())
                .skip(offset).limit(limit).toList();
    }

    private EntitySummary summary(Entity e) {
        Map<String, Integer> variants = new LinkedHashMap<>();
        int count = 0;
        for (StoredArticle s : articles.values()) {
            for (ArticleEntity ae : s.analyzed().entities()) {
                if (ae.entity().id().equals(e.id())) {
                    count++;
                    ae.mentions().forEach(m -> variants.merge(m.text(), 1, Integer::sum));
                }
            }
        }
        return new EntitySummary(e, count, variants.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(v -> new org.marsad.store.VariantCount(v.getKey(), v.getValue())).toList());
    }

    @Override
    public Optional<EntityView> entity(String id) {
        Entity e = entities.get(id);
        if (e == null) {
            return Optional.empty();
        }
        List<StoredArticle> naming = articles.values().stream().filter(s -> names(s, id)).toList();
        return Optional.of(new EntityView(summary(e), naming.stream().map(FixtureStore::ref).toList(), entityCounts(naming, id)));
    }

    @Override
    public List<EntitySummary> findEntities(String name, int limit) {
        return entities.values().stream()
                .filter(e -> e.name().contains(name) || summary(e).variants().stream().anyMatch(v -> v.text().equals(name)))
                .map(this::summary).limit(limit).toList();
    }

    @Override
    public List<TimelineEvent> timeline(List<String> entityIds) {
        return events.stream().filter(e -> entityIds.stream()
                .allMatch(id -> e.participants().contains(id) || id.equals(e.place()))).toList();
    }

    @Override
    public StoreStats stats() {
        return new StoreStats(articles.size(), stories.size(), entities.size(), events.size(),
                articles.isEmpty() ? null : Instant.parse("2024-06-21T10:00:00Z"));
    }
}

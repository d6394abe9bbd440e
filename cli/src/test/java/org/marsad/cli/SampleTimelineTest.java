package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.analyze.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.event.EventFrame;
import org.marsad.event.EventStatus;
import org.marsad.event.EventType;
import org.marsad.event.Timeline;
import org.marsad.event.TimelineEvent;
import org.marsad.source.RawPage;

/**
 * The Russia / North Korea timeline of the five bundled sample pages. What is expected was written
 * by reading the pages: 000 (10 June 2024) says Putin prepares to visit North Korea in June, that Kim
 * visited the Russian Far East in September 2023 and that Putin's last visit was in July 2000; 001
 * (undated) says Putin is to visit on Tuesday and met Kim Jong Il in 2000; 002 (undated) says Kim
 * visited Russia in April 2019 and met Putin in Vladivostok, and that Shoigu visited Pyongyang in
 * July (no year given); 003 (undated) says the partnership treaty was signed during Putin's visit
 * to Pyongyang last June; 004 (11 September 2023) announces Kim's coming visit.
 */
class SampleTimelineTest {

    private static final String PUTIN = "vladimir-putin";
    private static final String KIM = "kim-jong-un";
    private static final List<AnalyzedArticle> ANALYZED = analyze();
    private static final List<TimelineEvent> TIMELINE = Timeline.build(ANALYZED,
            Set.of(PUTIN, KIM, "kim-jong-il", "sergei-shoigu", "north-korea", "pyongyang"));

    private static List<AnalyzedArticle> analyze() {
        Marsad marsad = new Marsad();
        List<AnalyzedArticle> out = new ArrayList<>();
        DemoPages.load().forEach(p -> {
            for (Article a : marsad.extract(p)) {
                out.add(marsad.analyze(a));
            }
        });
        return out;
    }

    private static List<TimelineEvent> events(Predicate<TimelineEvent> p) {
        return TIMELINE.stream().filter(p).toList();
    }

    private static boolean from(TimelineEvent e, String page) {
        return e.sources().stream().anyMatch(s -> s.source().contains(page));
    }

    private static List<EventFrame> frames(String page) {
        return ANALYZED.stream().filter(a -> a.article().source().contains(page) && a.article().position() == 0)
                .flatMap(a -> a.events().stream()).toList();
    }

    @Test
    void putinIn2000() {
        assertTrue(events(e -> "2000".equals(e.date()) && e.type() == EventType.MEETING && e.status() == EventStatus.HAPPENED
                && e.participants().containsAll(List.of(PUTIN, "kim-jong-il")) && from(e, "001_")).size() == 1, TIMELINE::toString);
        assertEquals(1, events(e -> "2000-07".equals(e.date()) && e.type() == EventType.VISIT
                && e.status() == EventStatus.HAPPENED && "north-korea".equals(e.place()) && from(e, "000_")).size());
    }

    @Test
    void theVladivostokSummitOfApril2019() {
        assertEquals(1, events(e -> "2019-04".equals(e.date()) && e.type() == EventType.VISIT && e.status() == EventStatus.HAPPENED
                && e.participants().contains(KIM) && "russia".equals(e.place()) && from(e, "002_")).size());
        assertEquals(1, events(e -> "2019-04".equals(e.date()) && e.type() == EventType.MEETING
                && e.participants().contains(PUTIN) && "vladivostok".equals(e.place())).size());
    }

    @Test
    void shoiguInPyongyangInJulyWhoseYearThePageDoesNotGive() {
        assertEquals(1, events(e -> "XXXX-07".equals(e.date()) && e.type() == EventType.VISIT && e.status() == EventStatus.HAPPENED
                && e.participants().contains("sergei-shoigu") && "pyongyang".equals(e.place()) && from(e, "002_")).size());
    }

    @Test
    void kimInRussiaInSeptember2023() {
        assertEquals(1, events(e -> "2023-09".equals(e.date()) && e.type() == EventType.VISIT && e.status() == EventStatus.HAPPENED
                && e.participants().contains(KIM) && from(e, "000_")).size());
    }

    @Test
    void putinInPyongyangInJune2024WithBothOutletsAndTheTreaty() {
        List<TimelineEvent> visit = events(e -> "2024-06".equals(e.date()) && e.type() == EventType.VISIT
                && e.participants().contains(PUTIN) && "pyongyang".equals(e.place()));
        assertEquals(1, visit.size(), TIMELINE::toString);
        assertEquals(EventStatus.HAPPENED, visit.get(0).status(), "003 tells the visit as done");
        assertTrue(from(visit.get(0), "000_") && from(visit.get(0), "003_"));
        assertEquals(1, events(e -> "2024-06".equals(e.date()) && e.type() == EventType.AGREEMENT && e.status() == EventStatus.HAPPENED
                && e.participants().containsAll(List.of(PUTIN, KIM)) && "pyongyang".equals(e.place()) && from(e, "003_")).size());
    }

    @Test
    void aVisitAnnouncedAsComingIsNeverToldAsDone() {
        // 001 and 004 were written before the visits they announce; 000 before Putin's.
        for (EventFrame f : frames("001_")) {
            if (f.type() == EventType.VISIT) {
                assertNotEquals(EventStatus.HAPPENED, f.status(), f.sentence());
            }
        }
        for (EventFrame f : frames("004_")) {
            if (f.type() == EventType.VISIT) {
                assertNotEquals(EventStatus.HAPPENED, f.status(), f.sentence());
            }
        }
        for (EventFrame f : frames("000_")) {
            if (f.type() == EventType.VISIT && f.participants().contains(PUTIN)) {
                assertNotEquals(EventStatus.HAPPENED, f.status(), f.sentence());
            }
        }
        assertTrue(events(e -> e.status() == EventStatus.PLANNED && e.type() == EventType.VISIT
                && e.participants().contains(KIM) && from(e, "004_")).size() >= 1);
    }

    @Test
    void everyDatedEventIsInAYearThePagesTalkAbout() {
        Set<String> years = Set.of("2000", "2018", "2019", "2023", "2024", "XXXX");
        for (TimelineEvent e : TIMELINE) {
            if (e.date() != null) {
                assertTrue(years.contains(e.date().substring(0, 4)), e.toString());
            }
        }
    }

    /** The bundled copies of the sample pages, written to {@code dir}. */
    private static Path samples(Path dir) throws java.io.IOException {
        for (RawPage p : DemoPages.load()) {
            Files.writeString(dir.resolve(Path.of(p.source()).getFileName()), p.text());
        }
        return dir;
    }

    @Test
    void theCommandPrintsTheContractFields(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("timeline", "--json", "--entity", "بوتن", "--entity", "كيم جونغ أون", samples(dir).toString());
        assertEquals(0, run.exitCode(), run.err());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> events = run.out().lines().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (Exception ex) {
                throw new AssertionError(l, ex);
            }
        }).toList();
        assertTrue(events.size() >= 2);
        for (JsonNode e : events) {
            for (String field : List.of("date", "type", "status", "participants", "place", "summary", "sources")) {
                assertTrue(e.has(field), field + " in " + e);
            }
            for (JsonNode s : e.get("sources")) {
                for (String field : List.of("article", "source", "outlet", "sentence")) {
                    assertTrue(s.has(field), field + " in " + s);
                }
            }
        }
        assertTrue(events.stream().anyMatch(e -> "2024-06".equals(e.get("date").asText()) && "visit".equals(e.get("type").asText())
                && e.get("sources").size() == 2));
    }

    @Test
    void anUnknownNameIsAUsageErrorThatNamesIt(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("timeline", "--entity", "لا أحد بهذا الاسم", samples(dir).toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("لا أحد بهذا الاسم"), run.err());
    }
}

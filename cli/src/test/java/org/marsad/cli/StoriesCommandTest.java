package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {

    @TempDir
    Path dir;

    private Path page(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonGivesOneObjectPerStoryWithTheContractFields() throws IOException {
        page("a.txt", "افتتاح مستشفى أبها الجديد بسعة 300 سرير\n\nافتتح أمير منطقة عسير اليوم مستشفى أبها الجديد بسعة 300 سرير، "
                + "ويضم أقساما للطوارئ والعناية المركزة وجراحة القلب، ويخدم أكثر من مليون نسمة في المنطقة.\n");
        page("b.txt", "أمطار رعدية على مرتفعات جازان\n\nتوقعت الأرصاد هطول أمطار رعدية مصحوبة برياح نشطة على مرتفعات جازان "
                + "ونجران خلال الأيام الثلاثة المقبلة، ودعت المواطنين إلى الابتعاد عن مجاري السيول.\n");
        CliRun run = CliRun.of("stories", "--json", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode story = new ObjectMapper().readTree(lines.get(0));
        for (String field : List.of("id", "title", "first", "last", "outlets", "articles")) {
            assertTrue(story.has(field), field);
        }
        JsonNode article = story.get("articles").get(0);
        assertTrue(article.has("id") && article.has("source") && article.has("position"));
    }

    @Test
    void humanReadableOutputNamesEveryStory() throws IOException {
        page("a.txt", "الهلال يتعاقد مع المهاجم كارلوس\n\nأعلن نادي الهلال التعاقد مع المهاجم البرازيلي كارلوس لمدة موسمين "
                + "قادما من الدوري البرتغالي، وسيلتحق اللاعب بمعسكر الفريق في النمسا الأسبوع المقبل.\n");
        CliRun run = CliRun.of("stories", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("story "), run.out());
    }
}

package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.entity.EntityType;
import org.marsad.entity.NameSpan;

class PerceptronTaggerTest {

    /** Invented names, so that nothing but the training data can teach them. */
    private static final String[] PEOPLE = {"سمورا", "كنداش", "ترماس", "بلقوني", "زرفان", "دملاس", "قنطوري", "شبلان"};
    private static final String[] PLACES = {"بندقان", "سلموران", "قرطاباد", "نيسمور", "دوفلان", "كرسماد", "تلمادو", "ورغان"};

    private static List<TrainingText> texts;
    private static PerceptronTagger tagger;

    /** A text: each line a sentence where a person speaks and travels to a place, one per line. */
    private static TrainingText text(int n) {
        StringBuilder sb = new StringBuilder();
        List<NameSpan> gold = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String person = PEOPLE[(n + k) % PEOPLE.length];
            String place = PLACES[(n * 3 + k) % PLACES.length];
            if (k > 0) {
                sb.append('\n');
            }
            sb.append("قال المتحدث ");
            gold.add(new NameSpan(sb.length(), sb.length() + person.length(), EntityType.PER));
            sb.append(person).append(" إنه سافر إلى مدينة ");
            gold.add(new NameSpan(sb.length(), sb.length() + place.length(), EntityType.LOC));
            sb.append(place).append(" أمس .");
        }
        return new TrainingText(sb.toString(), gold);
    }

    @BeforeAll
    static void train() {
        texts = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            texts.add(text(n));
        }
        tagger = new PerceptronTrainer(10, 7, 1, NameList.EMPTY, WordClusters.NONE).train(texts, "toy", null);
    }

    @Test
    void learnsTheToySetExactly() {
        for (TrainingText t : texts) {
            assertEquals(t.gold(), tagger.tag(t.text()), t.text());
        }
    }

    @Test
    void unseenNamesInTheSameContextsAreFound() {
        String text = "قال المتحدث جلمدار إنه سافر إلى مدينة فرسنتان أمس .";
        List<NameSpan> spans = tagger.tag(text);
        assertEquals(2, spans.size(), spans::toString);
        assertEquals("جلمدار", text.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals(EntityType.PER, spans.get(0).type());
        assertEquals("فرسنتان", text.substring(spans.get(1).start(), spans.get(1).end()));
        assertEquals(EntityType.LOC, spans.get(1).type());
    }

    @Test
    void aNameNeverCrossesALine() {
        for (NameSpan s : tagger.tag("قال المتحدث سمورا\nسلموران أمس")) {
            assertFalse("قال المتحدث سمورا\nسلموران أمس".substring(s.start(), s.end()).contains("\n"));
        }
    }

    @Test
    void theModelKnowsWhatItWasTrainedOn() {
        assertTrue(tagger.info().trainedOn(texts.get(0).text()));
        assertFalse(tagger.info().trainedOn("قال المتحدث جلمدار إنه سافر"));
        assertEquals(8, tagger.info().trainingTexts());
        assertEquals("toy", tagger.info().description());
    }

    @Test
    void sameDataAndSeedGiveTheSameModelFile() throws IOException {
        PerceptronTagger again = new PerceptronTrainer(10, 7, 1, NameList.EMPTY, WordClusters.NONE).train(texts, "toy", null);
        assertArrayEquals(bytes(tagger), bytes(again));
    }

    @Test
    void roundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.gz");
        Files.write(file, bytes(tagger));
        PerceptronTagger read = PerceptronTagger.load(file);
        assertEquals(tagger.featureCount(), read.featureCount());
        assertEquals(tagger.info().description(), read.info().description());
        assertTrue(read.info().trainedOn(texts.get(3).text()));
        String unseen = "قال المتحدث جلمدار إنه سافر إلى مدينة فرسنتان أمس .";
        assertEquals(tagger.tag(unseen), read.tag(unseen));
        assertArrayEquals(bytes(tagger), bytes(read));
    }

    static byte[] bytes(PerceptronTagger t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        return out.toByteArray();
    }

    static PerceptronTagger toyTagger() {
        if (tagger == null) {
            train();
        }
        return tagger;
    }
}

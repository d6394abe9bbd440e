package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link EntityRecognizer#withTagger}: spans from a tagger, entities from the lexicon and rules. */
class TaggedRecognitionTest {

    /** A tagger that finds the given phrases, each with its type, wherever they occur. */
    private static NameTagger finding(Object... phraseAndType) {
        return text -> {
            List<NameSpan> out = new ArrayList<>();
            for (int k = 0; k < phraseAndType.length; k += 2) {
                String phrase = (String) phraseAndType[k];
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    out.add(new NameSpan(at, at + phrase.length(), (EntityType) phraseAndType[k + 1]));
                }
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        };
    }

    @Test
    void aListedNameResolvesToItsEntityAndAnUnknownOneIsDiscovered() {
        String text = "التقى فلاديمير بوتين مع زرقون سمورا في موسكو";
        List<EntityMention> found = new EntityRecognizer()
                .withTagger(finding("فلاديمير بوتين", EntityType.PER, "زرقون سمورا", EntityType.PER))
                .recognize(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals("vladimir-putin", found.get(0).entity().id());
        assertEquals("زرقون سمورا", found.get(1).text());
        assertEquals(EntityMention.Resolution.DISCOVERED, found.get(1).how());
        assertTrue(found.get(1).entity().id().startsWith("per-"));
        // موسكو is in the lexicon, but the tagger did not find it: the tagger decides what a name is
        assertTrue(found.stream().noneMatch(m -> m.text().equals("موسكو")));
    }

    @Test
    void aOneWordPersonAfterTheFullNameIsTheSamePerson() {
        String text = "وصل زرقون سمورا أمس . وقال وسمورا إن الزيارة ناجحة";
        int full = text.indexOf("زرقون سمورا");
        int later = text.indexOf("وسمورا");
        NameTagger tagger = t -> List.of(new NameSpan(full, full + "زرقون سمورا".length(), EntityType.PER),
                new NameSpan(later, later + "وسمورا".length(), EntityType.PER));
        List<EntityMention> found = new EntityRecognizer().withTagger(tagger).recognize(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals(found.get(0).entity().id(), found.get(1).entity().id());
        assertEquals(EntityMention.Resolution.COREFERENCE, found.get(1).how());
        assertEquals("سمورا", found.get(1).text(), "the proclitic stays out of the mention");
    }

    @Test
    void theTypeOfTheSpanWinsOverAListedNameOfAnotherType() {
        String text = "زار وفد من موسكو";
        List<EntityMention> found = new EntityRecognizer().withTagger(finding("موسكو", EntityType.ORG)).recognize(text);
        assertEquals(1, found.size());
        assertEquals(EntityType.ORG, found.get(0).entity().type());
        assertTrue(found.get(0).entity().discovered());
    }
}

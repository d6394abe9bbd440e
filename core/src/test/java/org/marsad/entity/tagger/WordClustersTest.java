package org.marsad.entity.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordClustersTest {

    /** A made-up word for number n: Arabic letters only, distinct for each n. */
    private static String word(String prefix, int n) {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمن";
        StringBuilder sb = new StringBuilder(prefix);
        do {
            sb.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        } while (n > 0);
        return sb.toString();
    }

    @Test
    void wordsSeenInTheSameContextsShareAClass() {
        WordClusters.Builder b = new WordClusters.Builder();
        int each = 1100;
        for (int round = 0; round < 5; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = 0; n < each; n++) {
                text.append("زار مدينة ").append(word("ه", n)).append(" الجميلة . ");
                text.append("قال السيد ").append(word("ي", n)).append(" أمس . ");
            }
            b.add(text.toString());
        }
        WordClusters c = b.build(5, 3, null);
        int city = c.classOf(0, c.find(word("ه", 0)));
        int person = c.classOf(0, c.find(word("ي", 0)));
        assertNotEquals(city, person);
        for (int n = 1; n < each; n++) {
            assertEquals(city, c.classOf(0, c.find(word("ه", n))));
            assertEquals(person, c.classOf(0, c.find(word("ي", n))));
        }
        assertEquals(-1, c.find("كلمةغائبة"));
    }

    @Test
    void tooLittleTextIsRefused() {
        WordClusters.Builder b = new WordClusters.Builder();
        b.add("قال المتحدث إن الوزير سافر");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.build(1, 1, null));
        assertTrue(e.getMessage().contains("too little unlabeled text"), e.getMessage());
    }
}

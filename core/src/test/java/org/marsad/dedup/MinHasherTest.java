package org.marsad.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static String[] words(int from, int to) {
        String[] out = new String[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = "كلمه" + i;
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameSignature() {
        assertArrayEquals(new MinHasher(3, 64, 7).signature(words(0, 50)), new MinHasher(3, 64, 7).signature(words(0, 50)));
    }

    @Test
    void anotherSeedGivesAnotherSignature() {
        assertFalse(Arrays.equals(new MinHasher(3, 64, 7).signature(words(0, 50)), new MinHasher(3, 64, 8).signature(words(0, 50))));
    }

    @Test
    void agreementEstimatesTheJaccardOfTheShingles() {
        // 0..300 and 100..400 share 198 of 398 3-word shingles: Jaccard 0.497
        MinHasher hasher = new MinHasher(3, 512, 1);
        double estimate = MinHasher.similarity(hasher.signature(words(0, 300)), hasher.signature(words(100, 400)));
        assertEquals(0.497, estimate, 0.07);
    }
}

package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TermVectorTest {

    /** A vocabulary of one document holding every term: all IDFs equal, so weights decide alone. */
    private static Vocabulary flat(int terms) {
        Vocabulary v = new Vocabulary();
        int[] ids = new int[terms];
        for (int i = 0; i < terms; i++) {
            ids[i] = v.id("كلمة" + (char) ('\u0628' + i));
        }
        v.addDocument(ids);
        return v;
    }

    @Test
    void topIsHighestWeightFirstWithTiesInTermOrder() {
        Vocabulary vocabulary = flat(5);
        TermVector v = new TermVector(new int[] {0, 1, 2, 3, 4}, new float[] {1f, 3f, 2f, 3f, 0.5f});
        assertArrayEquals(new int[] {1, 3, 2, 0, 4}, v.top(10, vocabulary));
        assertArrayEquals(new int[] {1, 3}, v.top(2, vocabulary));
    }

    @Test
    void topOfAllEqualWeightsKeepsTermOrder() {
        Vocabulary vocabulary = flat(4);
        TermVector v = new TermVector(new int[] {0, 1, 2, 3}, new float[] {2f, 2f, 2f, 2f});
        assertArrayEquals(new int[] {0, 1, 2}, v.top(3, vocabulary));
        assertArrayEquals(new int[0], TermVector.EMPTY.top(3, vocabulary));
    }

    @Test
    void topWeighsByIdf() {
        Vocabulary vocabulary = new Vocabulary();
        int common = vocabulary.id("مشترك");
        int rare = vocabulary.id("نادر");
        vocabulary.addDocument(new int[] {common, rare});
        vocabulary.addDocument(new int[] {common});
        vocabulary.addDocument(new int[] {common});
        TermVector v = new TermVector(new int[] {common, rare}, new float[] {1.5f, 1f});
        assertArrayEquals(new int[] {rare, common}, v.top(2, vocabulary));
    }
}

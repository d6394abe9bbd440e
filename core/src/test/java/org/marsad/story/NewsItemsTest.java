package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NewsItemsTest {

    private static String[] words(String text) {
        return text.isEmpty() ? new String[0] : text.split(" ");
    }

    @Test
    void oneItemIsAllHeadlined() {
        NewsItems items = NewsItems.of(words("تجديد عقد"), words("جدد نادي عقد لاعب"), new int[0]);
        assertArrayEquals(words("جدد نادي عقد لاعب"), items.headlined());
        assertArrayEquals(new String[0], items.others());
    }

    @Test
    void theItemTheHeadlineNamesIsHeadlinedWhereverItStands() {
        String[] body = words("جدد نادي عقد لاعب جهه اخري معسكر تدريب هولندا شان اخر رعايه هرفي قمصان");
        NewsItems items = NewsItems.of(words("رعايه هرفي نادي"), body, new int[] {4, 9});
        assertArrayEquals(words("شان اخر رعايه هرفي قمصان"), items.headlined());
        assertArrayEquals(new String[] {"جدد", "نادي", "عقد", "لاعب", null, "جهه", "اخري", "معسكر", "تدريب", "هولندا"},
                items.others(), "the other items in text order, a null between two");
    }

    @Test
    void onATieOrNoHeadlineTheFirstItemIsHeadlined() {
        String[] body = words("فوز فريق جهه اخري فوز فريق");
        assertArrayEquals(words("فوز فريق"), NewsItems.of(words("فوز"), body, new int[] {2}).headlined());
        assertArrayEquals(words("فوز فريق"), NewsItems.of(new String[0], body, new int[] {2}).headlined());
        assertArrayEquals(words("فوز فريق"), NewsItems.of(new String[] {null}, body, new int[] {2}).headlined());
    }

    @Test
    void stopWordsNeverNameAnItem() {
        String[] body = new String[] {"فوز", "فريق", "جهه", "اخري", null, "رعايه"};
        assertArrayEquals(words("فوز فريق"), NewsItems.of(new String[] {null}, body, new int[] {2}).headlined());
    }
}

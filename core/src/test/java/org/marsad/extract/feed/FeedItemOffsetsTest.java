package org.marsad.extract.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeedItemOffsetsTest {

    @Test
    void rfc822AndIsoOffsetsAreRead() {
        assertEquals(Optional.of(ZoneOffset.ofHours(3)), FeedItemOffsets.offset("Thu, 20 Jun 2024 00:30:00 +0300"));
        assertEquals(Optional.of(ZoneOffset.ofHoursMinutes(-3, -30)), FeedItemOffsets.offset("Thu, 20 Jun 2024 00:30:00 -0330"));
        assertEquals(Optional.of(ZoneOffset.ofHours(-4)), FeedItemOffsets.offset("Wed, 19 Jun 2024 22:00:00 EDT"));
        assertEquals(Optional.of(ZoneOffset.UTC), FeedItemOffsets.offset("Wed, 19 Jun 2024 22:00 GMT"));
        assertEquals(Optional.of(ZoneOffset.ofHours(2)), FeedItemOffsets.offset("2024-06-20T01:00:00+02:00"));
        assertEquals(Optional.of(ZoneOffset.UTC), FeedItemOffsets.offset("2024-06-20T01:00:00.250Z"));
    }

    @Test
    void aDateWithoutAnOffsetHasNone() {
        assertEquals(Optional.empty(), FeedItemOffsets.offset("2024-06-19"));
        assertEquals(Optional.empty(), FeedItemOffsets.offset("Wed, 19 Jun 2024 22:00:00"));
        assertEquals(Optional.empty(), FeedItemOffsets.offset("Wed, 19 Jun 2024 22:00:00 XYZ"));
        assertEquals(Optional.empty(), FeedItemOffsets.offset(""));
    }

    @Test
    void eachItemGetsTheOffsetsOfItsOwnDatesInFeedOrder() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><updated>2024-06-20T09:00:00Z</updated>
                  <entry><published>2024-06-20T01:00:00+03:00</published><updated>2024-06-21T01:00:00-05:00</updated></entry>
                  <entry><updated>2024-06-21T10:00:00Z</updated></entry>
                </feed>
                """;
        assertEquals(List.of(
                new FeedItemOffsets.Item(Optional.of(ZoneOffset.ofHours(3)), Optional.of(ZoneOffset.ofHours(-5))),
                new FeedItemOffsets.Item(Optional.empty(), Optional.of(ZoneOffset.UTC))), FeedItemOffsets.of(atom));
    }
}

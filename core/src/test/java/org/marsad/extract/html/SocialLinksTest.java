package org.marsad.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SocialLinksTest {

    private final SocialLinks links = new SocialLinks();

    @Test
    void socialNetworksMessengersAndStoresWithTheirSubdomains() {
        assertTrue(links.isSocial("https://www.facebook.com/coastdaily"));
        assertTrue(links.isSocial("https://t.me/coastdaily"));
        assertTrue(links.isSocial("//m.youtube.com/watch?v=1"));
        assertTrue(links.isSocial("https://apps.apple.com/app/id1"));
    }

    @Test
    void theSitesOwnPagesAndLookalikeHostsAreNot() {
        assertFalse(links.isSocial("/news/2024/quay"));
        assertFalse(links.isSocial("https://example.org/facebook.com"));
        assertFalse(links.isSocial("https://notfacebook.com/page"));
        assertFalse(links.isSocial("mailto:desk@example.org"));
        assertFalse(links.isSocial(""));
    }
}

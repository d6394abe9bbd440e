package org.marsad.extract.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * Whether a link leads to a social network, a messenger or an app store, by the host of its
 * {@code href} ({@code social-hosts.tsv}): {@code https://www.facebook.com/paper} and
 * {@code //t.me/paper} do, {@code /news/2024/quay} does not.
 */
final class SocialLinks {

    private final Set<String> hosts = new HashSet<>();

    SocialLinks() {
        for (TsvRow row : TsvResource.read(SocialLinks.class, "social-hosts.tsv", 1)) {
            hosts.add(row.cell(0).toLowerCase(Locale.ROOT));
        }
    }

    boolean isSocial(String href) {
        int scheme = href.indexOf("//");
        if (scheme < 0 || scheme > 6) {
            return false;
        }
        int start = scheme + 2;
        int end = start;
        while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) {
            end++;
        }
        String host = href.substring(start, end).toLowerCase(Locale.ROOT);
        // the host and each of its parent domains: m.youtube.com, youtube.com
        for (int dot = -1; ; dot = host.indexOf('.', dot + 1)) {
            if (hosts.contains(host.substring(dot + 1))) {
                return true;
            }
            if (host.indexOf('.', dot + 1) < 0) {
                return false;
            }
        }
    }
}

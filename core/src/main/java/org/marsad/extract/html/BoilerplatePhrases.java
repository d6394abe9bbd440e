package org.marsad.extract.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/** Blocks whose whole text is page chrome ({@code Share}, {@code اقرأ أيضاً}), from {@code boilerplate-phrases.tsv}. */
final class BoilerplatePhrases {

    private static final int LONGEST = 40;
    private final Set<String> phrases = new HashSet<>();

    BoilerplatePhrases() {
        for (TsvRow row : TsvResource.read(BoilerplatePhrases.class, "boilerplate-phrases.tsv", 1)) {
            phrases.add(normal(row.cell(0)));
        }
    }

    boolean isBoilerplate(String text) {
        return text.length() <= LONGEST && phrases.contains(normal(text));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
    }
}

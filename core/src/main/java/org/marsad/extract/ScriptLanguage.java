package org.marsad.extract;

import java.util.List;

import org.marsad.normalize.ArabicLetters;

/**
 * The language of a text by its script, for pages that do not declare one: {@code ar} when Arabic
 * letters are at least as many as Latin ones, {@code und} otherwise (a Latin script alone does not
 * tell English from French) and for text without letters.
 */
public final class ScriptLanguage {

    private ScriptLanguage() {
    }

    public static String of(List<String> paragraphs) {
        long arabic = 0;
        long latin = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (ArabicLetters.isArabicLetter(c)) {
                    arabic++;
                } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            }
        }
        return arabic > 0 && arabic >= latin ? "ar" : "und";
    }
}

package org.marsad.source;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decodes bytes that are not UTF-8 as one of the two single-byte Arabic charsets, windows-1256 or
 * ISO-8859-6, or refuses them.
 *
 * <p>ICU's {@link CharsetDetector} knows both charsets, but it judges by byte n-grams and is
 * unreliable on short texts (for a two-word line it often proposes neither). So the choice is made
 * by decoding with both and reading the results:
 * <ul>
 *   <li>a reading with unassigned bytes is impossible. ISO-8859-6 leaves 0xA1-0xA3, 0xA5-0xAB,
 *       0xAE-0xBA, 0xBC-0xBE, 0xC0, 0xDB-0xDF and 0xF3-0xFF unassigned, and maps 0x80-0x9F to C1
 *       controls that real text never holds; windows-1256 text has its common letters ـ ف ق ك at
 *       0xDC-0xDF, so it almost never survives being read as ISO-8859-6;</li>
 *   <li>of the possible readings, the one with more Arabic letters and fewer non-Arabic letters
 *       wins: ISO-8859-6 text read as windows-1256 turns ه و ى ي (0xE7-0xEA) into ç è é ê, and
 *       windows-1256 text read as ISO-8859-6 turns ي ى (0xED, 0xEC) into harakat;</li>
 *   <li>a reading needs more Arabic letters than other non-ASCII letters at all, so that a
 *       Latin-1 page is refused rather than passed off as windows-1256.</li>
 * </ul>
 * Only when both readings score the same (short texts using the letters the charsets share) does
 * ICU's ranking decide, and if it names neither, windows-1256, by far the more common on the web.
 */
final class LegacyArabicDecoder {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    /** In order of preference when nothing else tells them apart. */
    private static final List<Charset> CANDIDATES = List.of(WINDOWS_1256, ISO_8859_6);

    /** ICU is only a tie-breaker; its n-gram statistics need no more than the head of the page. */
    private static final int ICU_SAMPLE_BYTES = 64 * 1024;

    private static final char TATWEEL = '\u0640';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final char FIRST_C1_CONTROL = '\u0080';
    private static final char LAST_C1_CONTROL = '\u009F';

    /** The text in the charset that reads as Arabic, or empty if neither does. */
    Optional<DecodedText> decode(byte[] bytes) {
        List<Reading> plausible = CANDIDATES.stream()
                .map(charset -> read(bytes, charset))
                .flatMap(Optional::stream)
                .filter(Reading::isPlausibleArabic)
                .toList();
        if (plausible.isEmpty()) {
            return Optional.empty();
        }
        int bestScore = plausible.stream().mapToInt(Reading::score).max().orElseThrow();
        List<Reading> best = plausible.stream().filter(reading -> reading.score() == bestScore).toList();
        Reading chosen = best.size() == 1 ? best.get(0) : preferredByIcu(bytes, best);
        return Optional.of(new DecodedText(chosen.text(), chosen.charset().name()));
    }

    private static Optional<Reading> read(byte[] bytes, Charset charset) {
        String text;
        try {
            text = StrictDecoding.decode(bytes, charset);
        } catch (CharacterCodingException unassignedByte) {
            return Optional.empty();
        }
        return hasImpossibleCharacter(text) ? Optional.empty() : Optional.of(Reading.of(charset, text));
    }

    // Strict decoding never substitutes U+FFFD, but "no replacement characters" is this class's
    // promise, so it is checked where it is made rather than left to a decoder setting.
    private static boolean hasImpossibleCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == REPLACEMENT_CHARACTER || (c >= FIRST_C1_CONTROL && c <= LAST_C1_CONTROL)) {
                return true;
            }
        }
        return false;
    }

    private static Reading preferredByIcu(byte[] bytes, List<Reading> tied) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(Arrays.copyOf(bytes, Math.min(bytes.length, ICU_SAMPLE_BYTES)));
        for (CharsetMatch match : detector.detectAll()) {
            for (Reading reading : tied) {
                if (reading.charset().name().equalsIgnoreCase(match.getName())) {
                    return reading;
                }
            }
        }
        return tied.get(0); // readings keep the order of CANDIDATES
    }

    /** One charset's reading of the bytes and how Arabic it looks. */
    private record Reading(Charset charset, String text, int arabicLetters, int otherLetters) {

        static Reading of(Charset charset, String text) {
            int arabic = 0;
            int other = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // ASCII letters are shared by both charsets and say nothing; tatweel is a stretcher, not a letter.
                if (c < 0x80 || c == TATWEEL || !Character.isLetter(c)) {
                    continue;
                }
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else {
                    other++;
                }
            }
            return new Reading(charset, text, arabic, other);
        }

        boolean isPlausibleArabic() {
            return arabicLetters > otherLetters;
        }

        int score() {
            return arabicLetters - otherLetters;
        }
    }
}

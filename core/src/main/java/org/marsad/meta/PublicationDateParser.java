package org.marsad.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the publication date of an article from a metadata line such as
 * {@code تاريخ النشر: 10th, June 2024 GMT} or {@code الاثنين 4 ذو الحجة 1445 هـ - 10 يونيو 2024 م}.
 * <ul>
 *   <li>Month names in the Egyptian, Levantine, Maghrebi, English and French forms
 *       ({@link MonthNames}), day first or month first, with several names of one month
 *       ({@code 10 حزيران/يونيو 2024});</li>
 *   <li>numeric dates, year first ({@code 2024-06-10}, ISO timestamps) or year last and then read
 *       day first unless impossible ({@link NumericDatePattern});</li>
 *   <li>digits in any script (Arabic-Indic, Persian);</li>
 *   <li>Hijri dates are recognised and skipped in favour of a Gregorian one on the same line;
 *       a line with only a Hijri date gives that date converted with the Umm al-Qura calendar;</li>
 *   <li>impossible days (31 فبراير), years outside 1900..2100 and two-digit years are rejected.</li>
 * </ul>
 * The line is cut into tokens once and each pattern is tried at each number, in order; the first
 * complete date wins. Immutable and thread-safe.
 */
public final class PublicationDateParser {

    private final MonthNames months;
    private final List<DatePattern> patterns = List.of(new NumericDatePattern(), new NamedDatePattern());

    /** A parser with the standard month names. */
    public PublicationDateParser() {
        this(MonthNames.standard());
    }

    /** A parser that knows the month names {@code months}. */
    public PublicationDateParser(MonthNames months) {
        this.months = Objects.requireNonNull(months, "months");
    }

    /** The first complete Gregorian date in {@code text}, else its first Hijri date converted; empty when it has none. */
    public Optional<LocalDate> parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (!containsDigit(text)) {
            return Optional.empty();
        }
        DateTokens tokens = DateTokens.scan(text, months);
        List<DateCandidate> hijri = null;
        for (int i = 0; i < tokens.size(); i++) {
            DateCandidate candidate = tokens.isNumber(i) ? matchAt(tokens, i) : null;
            if (candidate == null) {
                continue;
            }
            if (candidate.calendar() == CalendarSystem.GREGORIAN) {
                LocalDate date = candidate.toLocalDate();
                if (date != null) {
                    return Optional.of(date);
                }
            } else {
                // Converted only if no Gregorian date follows: the conversion is the costly part.
                hijri = hijri == null ? new ArrayList<>() : hijri;
                hijri.add(candidate);
            }
        }
        return hijri == null ? Optional.empty() : firstValid(hijri);
    }

    /**
     * The date of a field meant to hold one (a dump record's {@code published}, a gold file's date):
     * an ISO date or date-time first, the usual in datasets, else any form {@link #parse} reads;
     * empty when it holds none.
     */
    public Optional<LocalDate> parseField(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            } catch (java.time.format.DateTimeParseException e) {
                // not ISO after all; the general parser below may still read it
            }
        }
        return parse(value);
    }

    private static Optional<LocalDate> firstValid(List<DateCandidate> candidates) {
        return candidates.stream().map(DateCandidate::toLocalDate).filter(Objects::nonNull).findFirst();
    }

    private DateCandidate matchAt(DateTokens tokens, int number) {
        for (DatePattern pattern : patterns) {
            DateCandidate candidate = pattern.matchAt(tokens, number);
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** Most lines carry no number at all; they need no tokens. */
    private static boolean containsDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

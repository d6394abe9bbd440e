package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.marsad.meta.MonthNames;

/**
 * The Arabic temporal tagger: finds the temporal expressions of a text and resolves them against
 * an anchor, the publication date. Covered (details in {@link ExpressionRecognizer} and
 * {@link TimeValueResolver}):
 * <ul>
 *   <li>Gregorian months in every naming system of {@link MonthNames} (يناير، كانون الثاني، جانفي)
 *       and their combined forms (سبتمبر/أيلول، حزيران/يونيو), with day numbers in any digit
 *       script or in words (الحادي عشر من سبتمبر), years (عام 2000، العام 2023، 2023م، عام .2022);</li>
 *   <li>Hijri dates (2 جمادى الأولى 1446 هـ), converted with the Umm al-Qura calendar;</li>
 *   <li>days from the anchor (اليوم، أمس، أول أمس، غدا، بعد غد) and weekdays (يوم الثلاثاء،
 *       الاثنين الماضي، الأحد المقبل), resolved with the tense of the clause;</li>
 *   <li>units with a shift (الأسبوع الماضي، الشهر الجاري، العام المقبل) and قبل + duration;</li>
 *   <li>references (الأيام المقبلة FUTURE_REF، السنوات الأخيرة PAST_REF، حاليا PRESENT_REF);</li>
 *   <li>durations (3.5 ساعات PT3.5H، يومين P2D، منذ 24 عاما P24Y: in news منذ + duration means
 *       <i>the first in 24 years</i>, so it stays a duration), sets (كل عام، سنويا);</li>
 *   <li>times (الساعة 10:30 صباحا) and parts of the day (صباح يوم 8 يونيو، مساء أمس);</li>
 *   <li>proclitics glued to the first word (وفي، والشهر، بالعام); the span starts after them.</li>
 * </ul>
 * A month or weekday named without a year is resolved to the nearest plausible one given the
 * anchor and the tense; without an anchor its year stays XXXX. The wall clock is never read.
 * Immutable and thread-safe; each call works on its own tokens.
 */
public final class TemporalTagger {

    private static final TemporalTagger STANDARD = new TemporalTagger(TimeLexicon.standard(), MonthNames.standard());

    private final TimeLexicon lexicon;
    private final MonthNames months;
    private final TimeValueResolver resolver = new TimeValueResolver();

    private TemporalTagger(TimeLexicon lexicon, MonthNames months) {
        this.lexicon = lexicon;
        this.months = months;
    }

    /** The tagger with the standard lexicons. */
    public static TemporalTagger standard() {
        return STANDARD;
    }

    /**
     * The temporal expressions of {@code text}, in order, none overlapping.
     *
     * @param anchor the publication date the relative expressions count from; null when unknown
     */
    public List<TimeExpression> tag(CharSequence text, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        TimeTokens tokens = TimeTokens.of(text, lexicon, months);
        List<TimeMention> mentions = new ExpressionRecognizer(tokens, lexicon, months).mentions();
        if (mentions.isEmpty()) {
            return List.of();
        }
        TenseCues tense = new TenseCues(tokens, lexicon);
        List<TimeExpression> out = new ArrayList<>(mentions.size());
        for (TimeMention m : mentions) {
            TimeValueResolver.Resolved r = resolver.resolve(m, anchor, tense.isFuture(m.first, m.end));
            if (r != null) {
                int start = tokens.spanStart(m.first);
                int end = tokens.end(m.end - 1);
                out.add(new TimeExpression(text.subSequence(start, end).toString(), start, end, r.type(), r.value()));
            }
        }
        return out;
    }
}

package org.marsad.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.marsad.lexicon.Proclitics;
import org.marsad.lexicon.TsvResource;
import org.marsad.lexicon.TsvRow;

/**
 * Finds the news agencies an article cites, from the lexicon in {@code agencies.tsv}.
 * <ul>
 *   <li>Names are matched word by word on matching keys, so hamza, teh marbuta and diacritics do
 *       not matter, and a dotted abbreviation (أ.ف.ب) equals a spaced one (أ ف ب);</li>
 *   <li>proclitics on the first word are tolerated (وسبوتنيك, لرويترز), only when what remains is
 *       exactly a name;</li>
 *   <li>the longest name at a position wins (وكالة الأنباء المركزية الكورية, not وكالة alone);</li>
 *   <li>names that are also ordinary words (فارس, بترا, وام) count only in context: see
 *       {@link AgencyContext} and {@link #find};</li>
 *   <li>a name is never a single letter.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class AgencyLexicon {

    /** The agencies file, next to this class; the entity lexicon reads it too, so agencies are listed once. */
    public static final String AGENCIES = "agencies.tsv";
    /** How many columns {@link #AGENCIES} has. */
    public static final int AGENCY_COLUMNS = 5;
    static final String CUES = "agency-cues.tsv";

    private static final int ID = 0;
    private static final int ARABIC_NAME = 1;
    private static final int ENGLISH_NAME = 2;
    private static final int VARIANTS = 3;
    private static final int NEEDS_CONTEXT = 4;
    private static final int CUE_COLUMNS = 2;
    private static final int CUE = 0;
    private static final int POSITION = 1;
    private static final Pattern VARIANT_SEPARATOR = Pattern.compile("\\|");
    private static final Pattern ID_SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String YES = "yes";
    private static final String NO = "no";
    private static final String BEFORE = "before";
    private static final String AFTER = "after";
    private static final Comparator<AgencyVariant> LONGEST_FIRST =
            Comparator.comparingInt(AgencyVariant::size).reversed();

    /** Variants by the key of their first word, longest first. */
    private final Map<String, List<AgencyVariant>> byFirstWord;
    private final AgencyContext context;

    private AgencyLexicon(Map<String, List<AgencyVariant>> byFirstWord, AgencyContext context) {
        this.byFirstWord = Map.copyOf(byFirstWord);
        this.context = context;
    }

    /** The lexicon of {@code agencies.tsv} and {@code agency-cues.tsv}, loaded once. */
    public static AgencyLexicon standard() {
        return Standard.INSTANCE;
    }

    /**
     * The agencies cited in {@code text}, in order of first mention, each once.
     *
     * @param metadataContext true when the whole text is a source or byline line
     *                        ({@code المصدر: وام}, {@code مينه دوك (وفقًا لوكالة تاس، وسبوتنيك)}),
     *                        where every name counts; false for running text, where names that are
     *                        also ordinary words need a cue (وكالة, المصدر, للأنباء) or quotes or brackets
     */
    public List<Agency> find(CharSequence text, boolean metadataContext) {
        Objects.requireNonNull(text, "text");
        WordTokens tokens = WordTokens.of(text);
        List<Agency> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            AgencyVariant variant = variantAt(tokens, i, metadataContext);
            if (variant == null) {
                i++;
                continue;
            }
            if (!found.contains(variant.agency())) {
                found.add(variant.agency());
            }
            i += variant.size();
        }
        return List.copyOf(found);
    }

    /**
     * A cheap test on words already keyed by {@code ArabicNormalizer} (as the extractor holds them
     * for every line): whether any word, with or without proclitics, can start an agency's name.
     * Text that fails it cites no agency, and {@link #find} need not key it again.
     */
    public boolean mayCite(String[] keyedWords) {
        for (String word : keyedWords) {
            if (byFirstWord.containsKey(word)) {
                return true;
            }
            if (Proclitics.mayStartWithProclitic(word)) {
                for (int rule = 0; rule < Proclitics.RULE_COUNT; rule++) {
                    String stem = Proclitics.stem(word, rule);
                    if (stem != null && byFirstWord.containsKey(stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The longest confirmed variant whose first word is word {@code i}, with or without proclitics; null if none. */
    private AgencyVariant variantAt(WordTokens tokens, int i, boolean metadataContext) {
        String key = tokens.key(i);
        AgencyVariant variant = variantStartingWith(key, tokens, i, metadataContext);
        if (variant != null || !Proclitics.mayStartWithProclitic(key)) {
            return variant;
        }
        for (int rule = 0; variant == null && rule < Proclitics.RULE_COUNT; rule++) {
            String stem = Proclitics.stem(key, rule);
            if (stem != null) {
                variant = variantStartingWith(stem, tokens, i, metadataContext);
            }
        }
        return variant;
    }

    private AgencyVariant variantStartingWith(String firstWord, WordTokens tokens, int i, boolean metadataContext) {
        List<AgencyVariant> candidates = byFirstWord.get(firstWord);
        if (candidates == null) {
            return null;
        }
        for (AgencyVariant variant : candidates) {
            if (variant.restMatches(tokens, i)
                    && (!variant.needsContext() || context.confirms(tokens, i, i + variant.size() - 1, metadataContext))) {
                return variant;
            }
        }
        return null;
    }

    /** A lexicon from the rows of an agencies file and a cues file. */
    static AgencyLexicon fromRows(List<TsvRow> agencyRows, List<TsvRow> cueRows) {
        Map<String, Agency> agencies = new HashMap<>();
        Map<List<String>, Agency> variantOwners = new HashMap<>();
        Map<String, List<AgencyVariant>> byFirstWord = new HashMap<>();
        for (TsvRow row : agencyRows) {
            Agency agency = agency(row, agencies);
            boolean needsContext = needsContext(row);
            for (String written : VARIANT_SEPARATOR.split(row.cell(VARIANTS))) {
                List<String> words = words(row, written);
                Agency owner = variantOwners.putIfAbsent(words, agency);
                if (owner != null) {
                    throw row.error("variant '" + written.strip() + "' is already listed for " + owner.id());
                }
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new AgencyVariant(agency, words, needsContext));
            }
        }
        byFirstWord.values().forEach(list -> list.sort(LONGEST_FIRST));
        Map<String, List<AgencyVariant>> frozen = new HashMap<>();
        byFirstWord.forEach((word, list) -> frozen.put(word, List.copyOf(list)));
        return new AgencyLexicon(frozen, new AgencyContext(cues(cueRows)));
    }

    /** The agency of {@code row}; rows of one id must agree on its names. */
    private static Agency agency(TsvRow row, Map<String, Agency> agencies) {
        String id = row.cell(ID);
        if (!ID_SHAPE.matcher(id).matches()) {
            throw row.error("id '" + id + "' is not lower-case letters and digits joined by hyphens");
        }
        Agency agency = new Agency(id, row.cell(ARABIC_NAME), row.cell(ENGLISH_NAME));
        Agency earlier = agencies.putIfAbsent(id, agency);
        if (earlier != null && !earlier.equals(agency)) {
            throw row.error("names of " + id + " differ from an earlier row: " + earlier);
        }
        return agency;
    }

    private static boolean needsContext(TsvRow row) {
        String value = row.cell(NEEDS_CONTEXT);
        if (!value.equals(YES) && !value.equals(NO)) {
            throw row.error("needs_context is '" + value + "', expected yes or no");
        }
        return value.equals(YES);
    }

    /** The matching keys of the words of {@code written}; a lone letter is refused, it would match everywhere. */
    private static List<String> words(TsvRow row, String written) {
        WordTokens tokens = WordTokens.of(written);
        List<String> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.key(i));
        }
        if (words.isEmpty()) {
            throw row.error("empty variant");
        }
        if (words.size() == 1 && words.get(0).codePointCount(0, words.get(0).length()) == 1) {
            throw row.error("variant '" + written.strip() + "' is a single letter");
        }
        return words;
    }

    private static List<AgencyCue> cues(List<TsvRow> rows) {
        List<AgencyCue> cues = new ArrayList<>(rows.size());
        for (TsvRow row : rows) {
            String position = row.cell(POSITION);
            if (!position.equals(BEFORE) && !position.equals(AFTER)) {
                throw row.error("position is '" + position + "', expected before or after");
            }
            cues.add(new AgencyCue(words(row, row.cell(CUE)), position.equals(BEFORE)));
        }
        return cues;
    }

    /** Holder: the standard lexicon is read on first use, once. */
    private static final class Standard {
        static final AgencyLexicon INSTANCE = fromRows(
                TsvResource.read(AgencyLexicon.class, AGENCIES, AGENCY_COLUMNS),
                TsvResource.read(AgencyLexicon.class, CUES, CUE_COLUMNS));
    }
}

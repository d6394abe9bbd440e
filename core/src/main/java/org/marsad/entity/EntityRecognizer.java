package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.marsad.article.Article;
import org.marsad.entity.EntityMention.Resolution;
import org.marsad.lexicon.PhraseTable;

/**
 * Finds the people, places and organizations an article names and resolves each mention to one
 * entity. Left to right over {@link CliticTokens}, at each word:
 * <ol>
 *   <li>the longest lexicon spelling starting there, on the word or on a proclitic reading of it
 *       (وبوتين); listed spellings first, then spelling families ({@link SpellingFamily}); a
 *       spelling two entities share links to nobody;</li>
 *   <li>otherwise a cue ({@code cues.tsv}): after a title, the name that follows is a person
 *       (discovered when the lexicon lacks it) and the title alone stands for that person later
 *       in the text (الرئيس الروسي); after a place or organization noun, a place or organization;</li>
 *   <li>otherwise a short form of a person named in full earlier in the text (كيم after
 *       كيم جونغ أون, شويغو after سيرغي شويغو): the person mentioned most so far, the latest on a tie.</li>
 * </ol>
 * Discovered entities get ids from their spelling family ({@code per-} + hash), so that spellings
 * of one unknown name meet across articles. Immutable and thread-safe; each call keeps its state
 * in a {@link Pass}.
 *
 * <p>{@link #withTagger With a trained tagger} the tagger decides where the names are and of what
 * type, and this class only decides which entity each one is ({@link Pass#resolve}): the same
 * lexicon, spelling families and short forms as without it, or a discovered entity.
 */
public final class EntityRecognizer {

    private static final double FAMILY_SCORE = 0.8;
    private static final double COREFERENCE_SCORE = 0.7;
    private static final double DISCOVERED_SCORE = 0.6;
    private static final int MAX_NAME_WORDS = 4;
    private static final int MIN_SHORT_FORM = 3;
    /** The longest name (in letters) that a word stripped of a proclitic may be read as; ف + شل is فشل. */
    private static final int MAX_UNSTRIPPABLE = 2;
    private static final String ARTICLE = "ال";
    /** Teh marbuta as the matching key writes it (ه). */
    private static final String TEH_MARBUTA_KEY = "ه";
    private static final String YEH = "ي";
    /** Letters of the shortest word taken for a nisba adjective by its final yeh (دولي, تجاري). */
    private static final int MIN_NISBA_WORD = 4;
    /** The conjunction و glued to a word: a name that meets it has ended (وجلال محمود after حامد الشريف). */
    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    /** Tanween fath (ً), written on indefinite accusatives (وفداً), never on a name. */
    private static final char TANWEEN_FATH = '\u064B';
    /** عبد, the first word of a compound given name whose second has the article (عبد العزيز). */
    private static final String ABD = "عبد";
    /** الدين, the second word of compound given names (نور الدين, محيي الدين). */
    private static final String AL_DIN = "الدين";
    /** Words of a full name that are not short forms of it. */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of(
            "عبد", "بن", "ابن", "ابو", "بنت", "ال", "دي", "دو", "فون", "فان", "لا", "جونيور", "السيد");

    private final EntityLexicon lexicon;
    private final Cues cues;
    /** Where the names are, when a trained tagger says; null when the lexicon and rules do. */
    private final NameTagger tagger;

    public EntityRecognizer() {
        this(EntityLexicon.standard(), Cues.standard());
    }

    EntityRecognizer(EntityLexicon lexicon, Cues cues) {
        this(lexicon, cues, null);
    }

    private EntityRecognizer(EntityLexicon lexicon, Cues cues, NameTagger tagger) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.cues = Objects.requireNonNull(cues, "cues");
        this.tagger = tagger;
    }

    /**
     * A recognizer whose mentions are the spans {@code tagger} finds, each tied to an entity by
     * this recognizer's lexicon and rules: the entity of a mention the rules find on exactly the
     * span's words with the span's type; else of a listed spelling (or spelling family) that is
     * exactly the span; else, for a one-word person, the person named in full earlier in the text
     * whose name has that word; else a discovered entity with an id from the span's spelling
     * family. Mentions of the rules that no span covers are dropped: the tagger decides what a name is.
     */
    public EntityRecognizer withTagger(NameTagger tagger) {
        return new EntityRecognizer(lexicon, cues, Objects.requireNonNull(tagger, "tagger"));
    }

    /** The mentions in the article's text ({@link Article#text()}: paragraphs joined by a newline), in text order. */
    public List<EntityMention> recognize(Article article) {
        return recognize(article.text());
    }

    /** The mentions in {@code text}, in text order, offsets in UTF-16 units of {@code text}. */
    public List<EntityMention> recognize(String text) {
        Pass pass = new Pass(CliticTokens.of(Objects.requireNonNull(text, "text")));
        List<EntityMention> rules = pass.run();
        return tagger == null ? rules : pass.resolve(tagger.tag(pass.t, rules), rules);
    }

    /**
     * The mentions grouped by entity, entities in order of first mention. Each group's entity is its
     * first mention's, and every mention of the group carries that one: a discovered entity's later
     * mentions, merged into it by the spelling rules, come with an entity named by their own spelling.
     */
    public static List<ArticleEntity> group(List<EntityMention> mentions) {
        Map<String, List<EntityMention>> byId = new java.util.LinkedHashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        for (EntityMention m : mentions) {
            Entity first = entities.putIfAbsent(m.entity().id(), m.entity());
            EntityMention same = first == null || first.equals(m.entity()) ? m
                    : new EntityMention(first, m.text(), m.start(), m.end(), m.how(), m.score());
            byId.computeIfAbsent(m.entity().id(), k -> new ArrayList<>()).add(same);
        }
        List<ArticleEntity> out = new ArrayList<>(byId.size());
        byId.forEach((id, ms) -> out.add(new ArticleEntity(entities.get(id), ms)));
        return out;
    }

    /** A lexicon match: words {@code first..first+length)}, the entity (null when ambiguous). */
    private record Match(Entity entity, int first, int length, int start, int end, boolean exact) {

        /** How a mention of this match is resolved: a listed spelling, or one of its spelling family. */
        Resolution how() {
            return exact ? Resolution.LEXICON : Resolution.SPELLING;
        }

        double score() {
            return exact ? 1 : FAMILY_SCORE;
        }
    }

    /** One run over one text. */
    private final class Pass {
        private final CliticTokens t;
        private final String[] keys;
        private final List<EntityMention> mentions = new ArrayList<>();
        private final Map<String, List<Entity>> shortForms = new HashMap<>();
        private final Map<String, Entity> roles = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, Integer> lastSeen = new HashMap<>();

        private final Match[] lexiconMatches;
        private final boolean[] lexiconDone;
        private final String[] keySkeletons;

        Pass(CliticTokens tokens) {
            this.t = tokens;
            this.keys = tokens.keys();
            this.lexiconMatches = new Match[tokens.size()];
            this.lexiconDone = new boolean[tokens.size()];
            this.keySkeletons = new String[tokens.size()];
        }

        List<EntityMention> run() {
            int i = 0;
            while (i < t.size()) {
                i = step(i);
            }
            return mentions;
        }

        /** Handles word {@code i}; returns the next word to look at. */
        private int step(int i) {
            Match match = usable(lexiconAt(i));
            Cue cue = cueAt(i);
            if (match != null && (cue == null || match.length >= cue.length) && !titleOverFamily(match, cue)) {
                if (match.entity != null) {
                    add(match.entity, nameStart(match, cue), match.end, match.how(), match.score());
                    learnShortForms(match.entity, match.first, match.length);
                }
                return match.first + match.length;
            }
            if (cue != null) {
                return afterCue(i, cue);
            }
            int repeated = repeatedNameAt(i);
            if (repeated > 0) {
                return repeated;
            }
            int named = givenNameAt(i);
            if (named > 0) {
                return named;
            }
            Entity referent = shortFormAt(i);
            if (referent != null) {
                add(referent, readingStart(i, referent), t.end(i), Resolution.COREFERENCE, COREFERENCE_SCORE);
            }
            return i + 1;
        }

        /**
         * The match, unless it is a short name read off a word by stripping proclitics that leave
         * too little of it to trust: فشل is not ف + شل (Shell), فلكيا not ف + ل + كيا (Kia).
         */
        private Match usable(Match m) {
            if (m == null || m.length != 1) {
                return m;
            }
            int stripped = m.start - t.start(m.first);
            int left = t.end(m.first) - m.start;
            return (stripped > 0 && left <= MAX_UNSTRIPPABLE) || (stripped > 1 && left <= MAX_UNSTRIPPABLE + 1) ? null : m;
        }

        /**
         * Whether a title read exactly beats a spelling family guess starting on the same word: the
         * family of وزارة الخارجية takes in وزيرة الخارجية, the minister, whose skeleton is the same.
         */
        private boolean titleOverFamily(Match match, Cue cue) {
            return cue != null && !match.exact && cue.first == match.first
                    && (cue.kind == Cues.Kind.TITLE || cue.kind == Cues.Kind.HONORIFIC)
                    && (match.entity == null || match.entity.type() != EntityType.PER);
        }

        /**
         * Where the name of a lexicon match starts: after a title that the listed spelling starts
         * with (الملك عبدالله الثاني), or after an outlet noun when what follows is itself a spelling of
         * the same entity (قناة الجزيرة). The noun says what the name is; the name is the words after
         * it, as ANERcorp, AQMAR and Wojood all mark people and outlets. A place noun stays (قطاع غزة):
         * the corpora disagree there (Wojood keeps it). The mention still resolves to the entity the
         * whole spelling lists.
         */
        private int nameStart(Match match, Cue cue) {
            if (cue == null || cue.first != match.first || cue.length >= match.length
                    || !(cue.kind == Cues.Kind.TITLE || cue.kind == Cues.Kind.HONORIFIC || cue.kind == Cues.Kind.ORG_NAME)) {
                return match.start;
            }
            int end = match.first + match.length;
            int k = match.first + cue.length;
            while (k < end - 1 && Cues.isNisba(keys[k])) {
                k++;
            }
            boolean title = cue.kind == Cues.Kind.TITLE || cue.kind == Cues.Kind.HONORIFIC;
            if (title && match.entity != null && match.entity.type() == EntityType.PER) {
                return t.start(k);
            }
            for (EntityLexicon.Variant v : lexicon.exactStartingWith(keys[k])) {
                if (v.entity() == match.entity && v.size() == end - k && restMatches(v.keys(), k) == match.end) {
                    return t.start(k);
                }
            }
            return match.start;
        }

        /**
         * A person named in full earlier, named again by two or more words of that name (سمير غانم
         * after سمير غانم; عبدالله بن خليفة): one mention of the whole, not one per word.
         * Returns the next word to look at, or 0 when the words are not such a repeat.
         */
        private int repeatedNameAt(int i) {
            for (CliticTokens.Reading r : t.readings(i)) {
                List<Entity> owners = shortForms.get(r.key());
                if (owners == null) {
                    continue;
                }
                Entity best = null;
                int bestEnd = i + 1;
                for (Entity e : owners) {
                    int end = nameRepeatEnd(i + 1, e);
                    if (end > bestEnd || (end == bestEnd && best != null && rankAbove(e, best))) {
                        best = e;
                        bestEnd = end;
                    }
                }
                if (best == null) {
                    return 0;
                }
                add(best, r.start(), t.end(bestEnd - 1), Resolution.COREFERENCE, COREFERENCE_SCORE);
                return bestEnd;
            }
            return 0;
        }

        /** Past the words from j that go on the name of {@code e}: its short forms, and particles between them. */
        private int nameRepeatEnd(int j, Entity e) {
            int end = j;
            while (end < t.size() && end - j < MAX_NAME_WORDS && t.joined(end)) {
                if (owns(keys[end], e)) {
                    end++;
                } else if (NAME_PARTICLES.contains(keys[end]) && end + 1 < t.size() && t.joined(end + 1)
                        && owns(keys[end + 1], e)) {
                    end += 2;
                } else {
                    break;
                }
            }
            return end;
        }

        private boolean owns(String key, Entity e) {
            List<Entity> owners = shortForms.get(key);
            return owners != null && owners.contains(e);
        }

        // ---- spans from a tagger

        List<EntityMention> resolve(List<NameSpan> spans, List<EntityMention> rules) {
            List<EntityMention> out = new ArrayList<>(spans.size());
            Map<String, Entity> fullNames = new HashMap<>();
            for (NameSpan span : spans) {
                int first = wordAt(span.start(), false);
                int last = wordAt(span.end(), true);
                if (first < 0 || last < first) {
                    continue;
                }
                EntityMention m = resolve(span.type(), first, last + 1, rules, fullNames);
                out.add(m);
                if (m.entity().type() == EntityType.PER && last > first) {
                    for (int k = first; k <= last; k++) {
                        String key = k == first ? strippedKey(k, m.entity()) : keys[k];
                        if (key.length() >= MIN_SHORT_FORM && !NAME_PARTICLES.contains(key) && !cues.isStopword(key)) {
                            fullNames.putIfAbsent(key, m.entity());
                        }
                    }
                }
            }
            return out;
        }

        private EntityMention resolve(EntityType type, int first, int end, List<EntityMention> rules,
                                      Map<String, Entity> fullNames) {
            for (EntityMention r : rules) {
                if (r.entity().type() == type && wordAt(r.start(), false) == first && wordAt(r.end(), true) == end - 1) {
                    return r;
                }
            }
            Match match = lexiconAt(first);
            if (match != null && match.entity != null && match.entity.type() == type && match.first + match.length == end) {
                return mention(match.entity, match.start, match.end, match.how(), match.score());
            }
            if (type == EntityType.PER && end == first + 1) {
                for (CliticTokens.Reading r : t.readings(first)) {
                    Entity full = fullNames.get(r.key());
                    if (full != null) {
                        return mention(full, r.start(), t.end(first), Resolution.COREFERENCE, COREFERENCE_SCORE);
                    }
                }
            }
            return mention(discovered(type, first, end - first), t.start(first), t.end(end - 1),
                    Resolution.DISCOVERED, DISCOVERED_SCORE);
        }

        /** The word holding char {@code offset} (an end offset when {@code end}: the word holding the char before it); -1 if none. */
        private int wordAt(int offset, boolean end) {
            int lo = 0;
            int hi = t.size() - 1;
            int found = -1;
            // the last word starting before the offset (for an end, strictly before)
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (end ? t.start(mid) < offset : t.start(mid) <= offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (!end && (found < 0 || t.end(found) <= offset)) {
                return found + 1 < t.size() ? found + 1 : -1;
            }
            return found;
        }

        private EntityMention mention(Entity e, int start, int end, Resolution how, double score) {
            return new EntityMention(e, t.text().substring(start, end), start, end, how, score);
        }

        // ---- lexicon

        /** The longest lexicon match at word i; asked several times per word, so kept once found. */
        private Match lexiconAt(int i) {
            if (lexiconDone[i]) {
                return lexiconMatches[i];
            }
            Match m = findLexiconMatch(i);
            lexiconMatches[i] = m;
            lexiconDone[i] = true;
            return m;
        }

        private Match findLexiconMatch(int i) {
            Match best = null;
            for (CliticTokens.Reading r : t.readings(i)) {
                for (EntityLexicon.Variant v : lexicon.exactStartingWith(r.key())) {
                    if (v.size() == 1 && cues.isStopword(r.key())) {
                        continue;
                    }
                    int end = better(v.size(), true, best) ? restMatches(v.keys(), i) : -1;
                    if (end >= 0) {
                        best = new Match(v.entity(), i, v.size(), r.start(), end, true);
                        break;
                    }
                }
            }
            for (CliticTokens.Reading r : t.readings(i)) {
                if (cues.isStopword(r.key())) {
                    continue;
                }
                String skeleton = SpellingFamily.skeleton(r.key());
                for (EntityLexicon.Variant v : lexicon.familyStartingWith(skeleton)) {
                    if (!better(v.size(), false, best)) {
                        break;
                    }
                    // One word alone joins a family only for a person's transliterated name: native
                    // words share skeletons with place names too often (الأرض, الرياض; جديدة, جدة).
                    if (v.size() == 1 && (r.stripped() || !SpellingFamily.mayJoinAlone(r.key())
                            || v.entity() == null || v.entity().type() != EntityType.PER
                            || !SpellingFamily.close(r.key(), v.listed()[0], true))) {
                        continue;
                    }
                    if (!familyRest(v, i)) {
                        continue;
                    }
                    Entity e = familyMatch(v, r.key(), i);
                    if (e != null || v.entity() == null) {
                        best = new Match(e, i, v.size(), r.start(), t.end(i + v.size() - 1), false);
                        break;
                    }
                }
            }
            return best;
        }

        private boolean better(int size, boolean exact, Match best) {
            return best == null || size > best.length || (size == best.length && exact && !best.exact);
        }

        /**
         * Where the variant ends in the text when the words after word i continue it, else -1. The
         * last word may run into a glued stopword, a typo news pages make (بيلوسوفبينما).
         */
        private int restMatches(String[] variant, int i) {
            int last = i + variant.length - 1;
            for (int k = 1; k < variant.length; k++) {
                int j = i + k;
                if (j >= t.size() || !t.joined(j)) {
                    return -1;
                }
                if (!keys[j].equals(variant[k])) {
                    return j == last && gluedStopword(j, variant[k]) ? t.start(j) + variant[k].length() : -1;
                }
            }
            return t.end(last);
        }

        private boolean gluedStopword(int j, String name) {
            return keys[j].startsWith(name) && t.word(j).length() == keys[j].length()
                    && cues.isStopword(keys[j].substring(name.length()));
        }

        /**
         * The entity of a family variant whose words follow it ({@link #familyRest}) when every word
         * is close to the listed spelling; null otherwise or when ambiguous.
         */
        private Entity familyMatch(EntityLexicon.Variant v, String firstKey, int i) {
            if (v.entity() == null) {
                return null;
            }
            String[] listed = v.listed();
            for (int k = 0; k < listed.length; k++) {
                String key = k == 0 ? firstKey : keys[i + k];
                if (!SpellingFamily.close(key, listed[k], false)) {
                    return null;
                }
            }
            return v.entity();
        }

        /**
         * Whether the words after word i continue a family variant: each joined to the one before it
         * and with the variant's skeleton (keys of a family variant are skeletons). Word i itself was
         * found by its skeleton, so only the rest is checked.
         */
        private boolean familyRest(EntityLexicon.Variant v, int i) {
            String[] skeletons = v.keys();
            for (int k = 1; k < skeletons.length; k++) {
                int j = i + k;
                if (j >= t.size() || !t.joined(j) || !skeletonOf(j).equals(skeletons[k]) || cues.isStopword(keys[j])) {
                    return false;
                }
            }
            return true;
        }

        /** The skeleton of word j's key, computed once per pass: many family variants share a first word. */
        private String skeletonOf(int j) {
            String s = keySkeletons[j];
            if (s == null) {
                s = SpellingFamily.skeleton(keys[j]);
                keySkeletons[j] = s;
            }
            return s;
        }

        // ---- cues and discovery

        private record Cue(Cues.Kind kind, int first, int length, int start) {
        }

        private Cue cueAt(int i) {
            for (CliticTokens.Reading r : t.readings(i)) {
                String saved = keys[i];
                keys[i] = r.key();
                PhraseTable.Match<Cues.Kind> m = cues.at(keys, i);
                keys[i] = saved;
                if (m != null && phraseJoined(i, m.length())) {
                    return new Cue(m.value(), i, m.length(), r.start());
                }
            }
            return null;
        }

        private boolean phraseJoined(int i, int length) {
            for (int k = 1; k < length; k++) {
                if (!t.joined(i + k)) {
                    return false;
                }
            }
            return true;
        }

        private int afterCue(int i, Cue cue) {
            int j = i + cue.length;
            while (j < t.size() && t.joined(j) && Cues.isNisba(keys[j])) {
                j++;
            }
            return switch (cue.kind) {
                case TITLE, HONORIFIC -> afterTitle(cue, j);
                case PLACE -> afterNoun(cue, j, EntityType.LOC);
                case ORG_NAME -> afterNoun(cue, j, EntityType.ORG);
                case ORG_HEAD -> orgHead(cue, j);
                case CLUB -> club(cue, j);
                case SPEECH -> speaker(cue, j);
            };
        }

        private int afterTitle(Cue cue, int j) {
            String role = roleKey(cue.first, j);
            namesInTitle(cue);
            // وزير خارجية فرنسا فيليب دوست بلازي, المتحدث باسم الحكومة علي الدباغ: the title's place
            // or body, then the name.
            Match body = j < t.size() && t.joined(j) ? lexiconAt(j) : null;
            if (body != null && body.entity != null && body.entity.type() != EntityType.PER) {
                add(body.entity, body.start, body.end, body.how(), body.score());
                j = body.first + body.length;
            }
            boolean nameMayFollow = j < t.size() && nameGap(j);
            if (nameMayFollow) {
                Match next = lexiconAt(j);
                if (next != null && next.entity != null && next.entity.type() == EntityType.PER) {
                    roles.put(role, next.entity);
                    return j;
                }
                if (next == null && shortFormAt(j) == null) {
                    int length = nameLength(j, EntityType.PER);
                    if (length >= 2 || (length == 1 && oneWordName(cue, j))) {
                        Entity found = discovered(EntityType.PER, j, length);
                        add(found, t.start(j), t.end(j + length - 1), Resolution.DISCOVERED, DISCOVERED_SCORE);
                        learnShortForms(found, j, length);
                        roles.put(role, found);
                        return j + length;
                    }
                }
            }
            Entity holder = roles.get(role);
            if (holder != null && j - cue.first > 1) {
                add(holder, cue.start, t.end(j - 1), Resolution.COREFERENCE, COREFERENCE_SCORE);
            }
            return j;
        }

        /**
         * Whether the one word after a title is a name by itself: after an honorific (السيد قو,
         * الإمام علي) any word that may be a name, after another title a given name (الرئيس عباس).
         * Either way the next word must not go on the phrase: a one-word name is followed by a
         * stopword, punctuation, the end, or a title or known name.
         */
        private boolean oneWordName(Cue cue, int j) {
            if (cue.kind != Cues.Kind.HONORIFIC && !cues.isGivenName(keys[j])) {
                return false;
            }
            int next = j + 1;
            return next >= t.size() || !t.joined(next) || endsName(next)
                    || cueAt(next) != null || lexiconAt(next) != null;
        }

        /**
         * The places and organizations a title names inside it (الأمين العام للأمم المتحدة):
         * mentions of their own, the title staying whole for the person after it.
         */
        private void namesInTitle(Cue cue) {
            int end = cue.first + cue.length;
            for (int k = cue.first + 1; k < end; k++) {
                Match m = lexiconAt(k);
                if (m != null && m.entity != null && m.entity.type() != EntityType.PER && m.first + m.length <= end) {
                    add(m.entity, m.start, m.end, m.how(), m.score());
                    k = m.first + m.length - 1;
                }
            }
        }

        /** Words of a title phrase, without the proclitics of the first, as one key. */
        private String roleKey(int first, int end) {
            StringBuilder sb = new StringBuilder();
            for (int k = first; k < end; k++) {
                String key = keys[k];
                if (k == first) {
                    for (CliticTokens.Reading r : t.readings(k)) {
                        key = r.key(); // the last reading strips the most; titles start with ال or a noun
                        if (r.key().startsWith(ARTICLE)) {
                            break;
                        }
                    }
                }
                sb.append(k == first ? "" : " ").append(key);
            }
            return sb.toString();
        }

        private int afterNoun(Cue cue, int j, EntityType type) {
            if (j >= t.size() || !nameGap(j) || lexiconAt(j) != null) {
                return j;
            }
            int length = nameLength(j, type);
            if (length == 0 || (length == 1 && (keys[j].length() < 3 || looksLikeAdjective(keys[j])))) {
                return j;
            }
            Entity found = discovered(type, j, length);
            add(found, t.start(j), t.end(j + length - 1), Resolution.DISCOVERED, DISCOVERED_SCORE);
            return j + length;
        }

        /**
         * Whether a word after a place or outlet noun reads as an adjective or noun describing it
         * rather than its name: feminine ending (منطقة جافة, مدينة تجارية) or a nisba (ميناء تجاري),
         * as an unlisted one-word name rarely ends.
         */
        private static boolean looksLikeAdjective(String key) {
            return key.endsWith(TEH_MARBUTA_KEY) || (key.length() >= MIN_NISBA_WORD && key.endsWith(YEH));
        }

        /**
         * A given name alone after a verb of saying (وقال محمد إن): the speaker, a person. Any
         * other word after the verb is left to the other rules.
         */
        private int speaker(Cue cue, int j) {
            int end = cue.first + cue.length;
            if (j != end || j >= t.size() || !t.joined(j) || lexiconAt(j) != null || shortFormAt(j) != null
                    || !cues.isGivenName(keys[j])) {
                return end;
            }
            int next = j + 1;
            if (next < t.size() && t.joined(next) && !endsName(next)) {
                return end;
            }
            Entity found = discovered(EntityType.PER, j, 1);
            add(found, t.start(j), t.end(j), Resolution.DISCOVERED, DISCOVERED_SCORE);
            return next;
        }

        /**
         * A club named by a word of clubs and its city (دينامو كييف, أولمبيك آسفي): one organization,
         * the city's name included, where the city alone would be a place. An unlisted word after
         * the club word is the city too.
         */
        private int club(Cue cue, int j) {
            if (j >= t.size() || !t.joined(j)) {
                return j;
            }
            int end;
            Match place = lexiconAt(j);
            if (place != null) {
                if (place.entity == null || place.entity.type() != EntityType.LOC) {
                    return j;
                }
                end = place.first + place.length;
            } else if (nameLength(j, EntityType.LOC) == 1 && !looksLikeAdjective(keys[j])) {
                end = j + 1;
            } else {
                return j;
            }
            Entity found = discovered(EntityType.ORG, cue.first, end - cue.first, cue.start);
            add(found, cue.start, t.end(end - 1), Resolution.DISCOVERED, DISCOVERED_SCORE);
            return end;
        }

        /** وزارة الدفاع الروسية, حزب العمال: the noun and the words of its name, the article words at least. */
        private int orgHead(Cue cue, int j) {
            int end = cue.first + cue.length;
            int articleWords = 0;
            for (int k = end; k < t.size() && k - end < 3 && t.joined(k); k++) {
                String key = keys[k];
                if (cues.isStopword(key) || lexiconStartsPerson(k)) {
                    break;
                }
                if (key.startsWith(ARTICLE)) {
                    articleWords++;
                    end = k + 1;
                } else if (k + 1 < t.size() && t.joined(k + 1) && keys[k + 1].startsWith(ARTICLE) && articleWords == 0) {
                    end = k + 1;
                } else {
                    break;
                }
            }
            if (articleWords == 0) {
                return cue.first + cue.length;
            }
            Entity found = discovered(EntityType.ORG, cue.first, end - cue.first, cue.start);
            add(found, cue.start, t.end(end - 1), Resolution.DISCOVERED, DISCOVERED_SCORE);
            return end;
        }

        private boolean lexiconStartsPerson(int k) {
            Match m = lexiconAt(k);
            return m != null && m.entity != null && m.entity.type() == EntityType.PER;
        }

        /** Whether a name may start at word j after a cue: spaces, or a comma, between. */
        private boolean nameGap(int j) {
            if (t.joined(j)) {
                return true;
            }
            String gap = t.text().substring(t.end(j - 1), t.start(j)).strip();
            return gap.equals("،") || gap.equals(",");
        }

        /**
         * Whether word k cannot be part of a name: a stopword, also with و or ف glued to it (وهو,
         * ولا, فيهم), or an indefinite accusative written with its tanween (وفداً, بديلاً).
         */
        private boolean endsName(int k) {
            String key = keys[k];
            if (cues.isStopword(key)) {
                return true;
            }
            char first = key.charAt(0);
            if ((first == WAW || first == FEH) && key.length() > 2 && cues.isStopword(key.substring(1))) {
                return true;
            }
            String text = t.text();
            for (int c = t.start(k); c < t.end(k); c++) {
                if (text.charAt(c) == TANWEEN_FATH) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a word is و glued to a given name: a second name coordinated with the one before (وجلال). */
        private boolean startsCoordinatedName(String key) {
            return key.length() > 1 && key.charAt(0) == WAW && cues.isGivenName(key.substring(1));
        }

        /** How many words from j look like one name: not stopwords, numbers, article words or known names. */
        private int nameLength(int j, EntityType type) {
            int n = 0;
            while (j + n < t.size() && n < MAX_NAME_WORDS) {
                int k = j + n;
                String key = keys[k];
                // A word ending in teh marbuta is far more often a noun (جمهورية, رسالة) than a name.
                if ((n > 0 && !t.joined(k)) || cues.isStopword(key) || Character.isDigit(key.charAt(0))
                        || endsName(k) || (n > 0 && startsCoordinatedName(key))
                        || (type == EntityType.PER && key.endsWith(TEH_MARBUTA_KEY))
                        || !isArabicWord(key) || (t.word(k).startsWith(ARTICLE) && !familyNameAfter(type, n, k))
                        || cueAt(k) != null || n >= maxWords(type)
                        || (n > 0 && lexiconAt(k) != null)
                        || (type == EntityType.PER && n >= 2 && !cues.isGivenName(keys[k - 1])
                            && !NAME_PARTICLES.contains(keys[k - 1]))) {
                    break;
                }
                n++;
                if (t.word(k).startsWith(ARTICLE)) {
                    break;
                }
            }
            return n;
        }

        /**
         * Whether word k, which has the article, is the family name that ends a person's name after
         * a given name or particle (عبدالعزيز بن سلطان الشمري), as {@link #givenNameAt} reads it too.
         */
        private boolean familyNameAfter(EntityType type, int n, int k) {
            return type == EntityType.PER && n > 0
                    && (cues.isGivenName(keys[k - 1]) || NAME_PARTICLES.contains(keys[k - 1]));
        }

        /** A place after its noun is one word (مدينة فلاديفوستوك); an outlet two; a person up to four. */
        private static int maxWords(EntityType type) {
            return switch (type) {
                case LOC -> 1;
                case ORG -> 2;
                case PER -> MAX_NAME_WORDS;
            };
        }

        private static boolean isArabicWord(String key) {
            char c = key.charAt(0);
            return c >= '\u0621' && c <= '\u064A';
        }

        private Entity discovered(EntityType type, int first, int length) {
            return discovered(type, first, length, t.start(first));
        }

        private Entity discovered(EntityType type, int first, int length, int start) {
            StringBuilder family = new StringBuilder();
            for (int k = first; k < first + length; k++) {
                family.append(k == first ? "" : " ").append(SpellingFamily.skeleton(keys[k]));
            }
            String id = type.name().toLowerCase(java.util.Locale.ROOT) + "-" + Long.toHexString(fnv(family));
            String name = t.text().substring(start, t.end(first + length - 1));
            return new Entity(id, name, null, type, Entity.DISCOVERED, null);
        }

        /**
         * A given name followed by more name words (محمد البرادعي, جورج بوش): a person. The words
         * after it stop at a stopword, a cue, a known name or after a word with the article (the
         * family name). Returns the next word to look at, or 0 when there is no such name.
         */
        private int givenNameAt(int i) {
            CliticTokens.Reading given = null;
            for (CliticTokens.Reading r : t.readings(i)) {
                if (cues.isGivenName(r.key())) {
                    given = r;
                    break;
                }
            }
            if (given == null) {
                return 0;
            }
            int end = i + 1;
            while (end < t.size() && end - i < MAX_NAME_WORDS && t.joined(end)) {
                String key = keys[end];
                // A word with the article ending in ي after a given name is its family name far more
                // often than a nationality (محمد البرادعي, ناصر الطبسي): it ends the name like any other.
                if (endsName(end) || !isArabicWord(key) || key.endsWith(TEH_MARBUTA_KEY)
                        || cueAt(end) != null || lexiconAt(end) != null || startsCoordinatedName(key)) {
                    break;
                }
                end++;
                // محمد البرادعي, جورج بوش: one family name ends it; محمد حسني مبارك, محمد بن سلمان go on,
                // and so do compound given names (إبراهيم عبد العزيز السهلاوي, محيي الدين فتحي).
                boolean compound = key.startsWith(ARTICLE) && (keys[end - 2].equals(ABD) || key.equals(AL_DIN));
                if (!compound && (key.startsWith(ARTICLE) || !(cues.isGivenName(key) || NAME_PARTICLES.contains(key)))) {
                    break;
                }
            }
            if (end == i + 1) {
                return 0;
            }
            Entity found = discovered(EntityType.PER, i, end - i, given.start());
            add(found, given.start(), t.end(end - 1), Resolution.DISCOVERED, DISCOVERED_SCORE);
            learnShortForms(found, i, end - i);
            return end;
        }

        // ---- coreference

        private void learnShortForms(Entity e, int first, int length) {
            if (e.type() != EntityType.PER || length < 2) {
                return;
            }
            for (int k = first; k < first + length; k++) {
                String key = k == first ? strippedKey(k, e) : keys[k];
                if (key.length() < MIN_SHORT_FORM || NAME_PARTICLES.contains(key) || cues.isStopword(key)) {
                    continue;
                }
                List<Entity> owners = shortForms.computeIfAbsent(key, x -> new ArrayList<>(2));
                if (!owners.contains(e)) {
                    owners.add(e);
                }
            }
        }

        /** The key of word k as part of a name: the reading that the name's match used. */
        private String strippedKey(int k, Entity e) {
            for (CliticTokens.Reading r : t.readings(k)) {
                if (!lexicon.exactStartingWith(r.key()).isEmpty()) {
                    return r.key();
                }
            }
            return keys[k];
        }

        private Entity shortFormAt(int i) {
            for (CliticTokens.Reading r : t.readings(i)) {
                List<Entity> owners = shortForms.get(r.key());
                if (owners != null) {
                    Entity best = null;
                    for (Entity e : owners) {
                        if (best == null || rankAbove(e, best)) {
                            best = e;
                        }
                    }
                    return best;
                }
            }
            return null;
        }

        private int readingStart(int i, Entity referent) {
            for (CliticTokens.Reading r : t.readings(i)) {
                if (shortForms.containsKey(r.key())) {
                    return r.start();
                }
            }
            return t.start(i);
        }

        private boolean rankAbove(Entity a, Entity b) {
            int ca = counts.getOrDefault(a.id(), 0);
            int cb = counts.getOrDefault(b.id(), 0);
            return ca != cb ? ca > cb : lastSeen.getOrDefault(a.id(), -1) > lastSeen.getOrDefault(b.id(), -1);
        }

        private void add(Entity e, int start, int end, Resolution how, double score) {
            mentions.add(new EntityMention(e, t.text().substring(start, end), start, end, how, score));
            counts.merge(e.id(), 1, Integer::sum);
            lastSeen.put(e.id(), mentions.size());
        }
    }

    /** FNV-1a, 64 bits: a stable hash for discovered ids (String.hashCode is too short to avoid clashes). */
    static long fnv(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

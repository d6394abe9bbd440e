package org.marsad.store;

/**
 * The field names of the store's one Lucene index. Articles, stories and entities are documents of
 * the same index, told apart by {@link #KIND}, so that one commit changes all of them at once.
 */
final class Fields {

    /** {@code article}, {@code story} or {@code entity}. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String STORY = "story";
    static final String ENTITY = "entity";

    /** The document's id (article id, story id, entity id). */
    static final String ID = "id";
    /** The page an article came from, as ingested (absolute path or URL): a changed page replaces its articles. */
    static final String PAGE = "page";
    /** Hash of the page text; an unchanged page is skipped. */
    static final String PAGE_HASH = "page_hash";
    static final String OUTLET = "outlet";
    /** Entity ids an article names (filter and facet). */
    static final String ENTITIES = "entities";
    /** {@code YYYY-MM} of an article's publication (facet). */
    static final String MONTH = "month";
    /** Publication day as epoch day: point for ranges, doc value for sorting. */
    static final String PUBLISHED = "published";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** The whole record as JSON. */
    static final String JSON = "json";
    /**
     * What a search hit needs of a document, stored apart from {@link #JSON} so that a results page
     * reads a few hundred bytes per hit, not the whole record: an article's reference as JSON, a
     * story's id, title and dates, an entity's display name.
     */
    static final String BRIEF = "brief";
    /** A story's member article ids, space separated (doc value, for {@link ReaderLookups}). */
    static final String MEMBERS = "members";
    /** An entity's id, a space and its display name (doc value, for {@link ReaderLookups}). */
    static final String ENTITY_NAME = "entity_name";
    /** How many event frames an article tells (doc value; summed for the store's stats). */
    static final String EVENT_COUNT = "event_count";
    /** An article's text, for snippets (binary doc value, see {@link HitValues}). */
    static final String HIT_BODY = "hit_body";
    /** An article's entity mentions for snippets: {@code id start end} triples, space separated (binary doc value). */
    static final String HIT_MENTIONS = "hit_mentions";
    /**
     * {@link #HIT_BODY} and {@link #HIT_MENTIONS} as stores written before them hold them, in
     * stored fields: read when a document has no doc value (new names, because Lucene does not let
     * a field name change its doc-value type within an index).
     */
    static final String BODY = "body";
    static final String MENTIONS = "mentions";
    /** A story's member article ids. */
    static final String MEMBER = "member";
    /** An entity's type (PER, LOC, ORG). */
    static final String ENTITY_TYPE = "entity_type";
    /** Matching keys of an entity's names and of every spelling seen (exact name lookup). */
    static final String NAME_KEY = "name_key";
    /** An entity's names and spellings, analyzed (search). */
    static final String NAMES = "names";
    /** Sort value: a story's last day (epoch day), an entity's article count. */
    static final String RANK = "rank";

    /** Commit user data: whether stories and entities reflect the committed articles. */
    static final String VIEWS_COMMIT_KEY = "marsad.views";
    static final String VIEWS_FRESH = "fresh";
    static final String VIEWS_STALE = "stale";
    static final String COMMITTED_AT_KEY = "marsad.committed";

    /** Value of {@link #RANK} / {@link #PUBLISHED} doc values for an undated document: sorts last. */
    static final long UNDATED = Long.MIN_VALUE;

    private Fields() {
    }
}

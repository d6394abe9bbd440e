package org.marsad.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

import org.marsad.entity.EntityType;
import org.marsad.store.EntitySummary;
import org.marsad.store.QuerySyntaxException;
import org.marsad.store.RelatedArticle;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreView;
import org.marsad.store.StoryView;
import org.marsad.web.BadParameterException;
import org.marsad.web.ClasspathBytes;
import org.marsad.web.IngestHandler;
import org.marsad.web.IngestReceipt;
import org.marsad.web.NotFoundException;
import org.marsad.web.PageUpload;
import org.marsad.web.Parameters;
import org.marsad.web.ServerOptions;
import org.marsad.web.TimelineQuery;

/**
 * The REST API under {@code /api}: JSON answers over the store, described in {@code openapi.json}.
 * Bad parameters and query syntax errors become 400, unknown ids 404 (through the exception
 * handlers of {@code MarsadServer}).
 */
public final class ApiRoutes {

    public static final String PREFIX = "/api/";
    private static final String JSON = "application/json; charset=utf-8";
    private static final int DEFAULT_LIMIT = 10;
    private static final int DEFAULT_RELATED = 5;
    private static final int MAX_SOURCE_CHARS = 2_000;

    private final StoreView store;
    private final ServerOptions options;
    private final byte[] openApi;

    public ApiRoutes(StoreView store, ServerOptions options) {
        this.store = store;
        this.options = options;
        this.openApi = ClasspathBytes.read(ApiRoutes.class, "openapi.json");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/stories", this::stories);
        routes.get("/api/stories/{id}", this::story);
        routes.get("/api/entities", this::entities);
        routes.get("/api/articles/{id}/related", this::related);
        routes.get("/api/entities/{id}", this::entity);
        routes.get("/api/timeline", this::timeline);
        routes.get("/api/stats", ctx -> send(ctx, JsonBody.of(json -> RecordJson.stats(json, store.stats()))));
        routes.get("/api/openapi.json", ctx -> send(ctx, openApi));
        routes.post("/api/ingest", this::ingest);
    }

    /** Writes an error as the API's JSON error object. */
    public static void sendError(Context ctx, int status, String message) {
        ctx.status(status);
        send(ctx, JsonBody.of(json -> RecordJson.error(json, status, message)));
    }

    private void search(Context ctx) throws QuerySyntaxException {
        SearchRequest request = params(ctx).searchRequest(DEFAULT_LIMIT);
        SearchResult result = store.search(request);
        send(ctx, JsonBody.of(json -> RecordJson.searchResult(json, result, request.offset(), request.limit())));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        var article = store.article(id).orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
        send(ctx, JsonBody.of(json -> RecordJson.article(json, article)));
    }

    private void related(Context ctx) {
        String id = ctx.pathParam("id");
        if (store.article(id).isEmpty()) {
            throw new NotFoundException("no article with id '" + id + "'");
        }
        int limit = params(ctx).limit(DEFAULT_RELATED);
        List<RelatedArticle> related = store.related(id, limit);
        send(ctx, JsonBody.of(json -> {
            json.writeStartObject();
            json.writeStringField("article", id);
            json.writeArrayFieldStart("related");
            for (RelatedArticle r : related) {
                json.writeStartObject();
                json.writeFieldName("article");
                RecordJson.articleRef(json, r.article());
                json.writeNumberField("score", r.score());
                RecordJson.strings(json, "shared_entities", r.sharedEntities());
                RecordJson.strings(json, "shared_words", r.sharedWords());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private void stories(Context ctx) {
        Parameters p = params(ctx);
        int offset = p.offset();
        int limit = p.limit(DEFAULT_LIMIT);
        List<StoryView> stories = store.stories(offset, limit);
        send(ctx, JsonBody.of(json -> {
            json.writeStartObject();
            json.writeNumberField("offset", offset);
            json.writeNumberField("limit", limit);
            json.writeNumberField("total", store.stats().stories());
            json.writeArrayFieldStart("stories");
            for (StoryView s : stories) {
                RecordJson.story(json, s);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryView story = store.story(id).orElseThrow(() -> new NotFoundException("no story with id '" + id + "'"));
        send(ctx, JsonBody.of(json -> RecordJson.story(json, story)));
    }

    private void entities(Context ctx) {
        Parameters p = params(ctx);
        EntityType type = p.entityType();
        int offset = p.offset();
        int limit = p.limit(DEFAULT_LIMIT);
        List<EntitySummary> entities = store.entities(type, offset, limit);
        send(ctx, JsonBody.of(json -> {
            json.writeStartObject();
            json.writeStringField("type", type == null ? null : type.name());
            json.writeNumberField("offset", offset);
            json.writeNumberField("limit", limit);
            json.writeArrayFieldStart("entities");
            for (EntitySummary e : entities) {
                RecordJson.entitySummary(json, e);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        var entity = store.entity(id).orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'"));
        send(ctx, JsonBody.of(json -> RecordJson.entityView(json, entity)));
    }

    private void timeline(Context ctx) {
        TimelineQuery timeline = TimelineQuery.run(store, params(ctx).all("entity"));
        send(ctx, JsonBody.of(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("entities");
            for (var e : timeline.entities()) {
                json.writeStartObject();
                json.writeStringField("id", e.id());
                json.writeStringField("name", e.name());
                json.writeStringField("type", e.type().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (var e : timeline.events()) {
                RecordJson.timelineEvent(json, e);
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private void ingest(Context ctx) throws IOException {
        IngestHandler handler = options.ingest();
        if (handler == null) {
            throw new NotFoundException("ingest is not enabled on this server");
        }
        if (!options.remoteIngest() && !isLoopback(ctx.ip())) {
            throw new ForbiddenResponse("ingest is only accepted from this machine");
        }
        // A page in another site's tab can POST here too (a form or fetch without CORS); browsers
        // name the page's origin, so anything posted from a page that is not ours is refused.
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
            throw new ForbiddenResponse("ingest does not accept requests from pages of " + origin);
        }
        String source = params(ctx).text("source");
        if (source == null) {
            throw new BadParameterException("source", "required: the name or URL of the posted page");
        }
        if (source.length() > MAX_SOURCE_CHARS) {
            throw new BadParameterException("source", "longer than " + MAX_SOURCE_CHARS + " characters");
        }
        byte[] body = readBody(ctx, options.maxRequestBytes());
        if (body.length == 0) {
            throw new BadParameterException("body", "empty: post the page's bytes as the request body");
        }
        IngestReceipt receipt;
        try {
            receipt = handler.ingest(new PageUpload(source, ctx.contentType(), body));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("body", e.getMessage());
        }
        ctx.status(receipt.articles().isEmpty() ? 200 : 201);
        send(ctx, JsonBody.of(json -> {
            json.writeStartObject();
            json.writeStringField("source", source);
            RecordJson.strings(json, "articles", receipt.articles());
            RecordJson.strings(json, "problems", receipt.problems());
            json.writeEndObject();
        }));
    }

    /** The body, read up to the limit whatever Content-Length says (a chunked body has none). */
    static byte[] readBody(Context ctx, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (body.size() + (long) n > limit) {
                    throw new ContentTooLargeResponse("request body larger than " + limit + " bytes");
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    private static boolean isLoopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress(); // an IP literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Parameters params(Context ctx) {
        return new Parameters(ctx.queryParamMap());
    }

    private static void send(Context ctx, byte[] json) {
        ctx.contentType(JSON).result(json);
    }
}

package org.marsad.web;

import java.util.Objects;

import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.marsad.store.QuerySyntaxException;
import org.marsad.store.StoreView;
import org.marsad.web.api.ApiRoutes;
import org.marsad.web.html.PageRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server of {@code marsad serve}: the REST API under {@code /api} and the right-to-left
 * Arabic UI everywhere else, both reading one {@link StoreView}.
 * <ul>
 *   <li>binds to loopback unless the options say otherwise;</li>
 *   <li>every answer carries the {@link SecurityHeaders}, errors included;</li>
 *   <li>bad parameters and query syntax errors are 400, unknown ids and paths 404, a wrong method
 *       405, a body over the size limit 413; the API answers errors as JSON
 *       {@code {"status", "error"}}, the UI as a page;</li>
 *   <li>no request path reaches the file system: the stylesheet is read from the classpath at start.</li>
 * </ul>
 */
public final class MarsadServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarsadServer.class);
    /** Set on a request whose error answer is written, so the status-code handlers leave it alone. */
    private static final String ERROR_WRITTEN = "marsad.error-written";

    private final Javalin app;
    private final ServerOptions options;

    private MarsadServer(Javalin app, ServerOptions options) {
        this.app = app;
        this.options = options;
    }

    /** Starts a server over {@code store}; it serves until {@link #stop()}. */
    public static MarsadServer start(StoreView store, ServerOptions options) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        // the heavy calls run one per core, in arrival order (see AdmittedStoreView)
        StoreView admitted = new AdmittedStoreView(store, Runtime.getRuntime().availableProcessors());
        ApiRoutes api = new ApiRoutes(admitted, options);
        PageRoutes pages = new PageRoutes(admitted);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxRequestBytes();
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(SecurityHeaders.jettyErrorHandler()));
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                long declared = ctx.req().getContentLengthLong();
                if (declared > options.maxRequestBytes()) {
                    throw new ContentTooLargeResponse("request body of " + declared + " bytes is larger than the limit of "
                            + options.maxRequestBytes());
                }
            });
            api.register(config.routes);
            pages.register(config.routes);
            config.routes.exception(BadParameterException.class, (e, ctx) -> fail(ctx, pages, 400, e.getMessage()));
            config.routes.exception(QuerySyntaxException.class,
                    (e, ctx) -> fail(ctx, pages, 400, "query syntax: " + e.getMessage()));
            config.routes.exception(NotFoundException.class, (e, ctx) -> fail(ctx, pages, 404, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, pages, e.getStatus(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                fail(ctx, pages, 500, "internal error");
            });
            for (int status : new int[] {400, 404, 405, 413, 500}) {
                config.routes.error(status, ctx -> {
                    if (ctx.attribute(ERROR_WRITTEN) == null) {
                        fail(ctx, pages, status, defaultMessage(status, ctx));
                    }
                });
            }
        });
        app.start();
        return new MarsadServer(app, options);
    }

    /** The port the server listens on (the one chosen when the options asked for 0). */
    public int port() {
        return app.port();
    }

    /** The address of the home page, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static void fail(Context ctx, PageRoutes pages, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        SecurityHeaders.apply(ctx);
        if (ctx.path().startsWith(ApiRoutes.PREFIX) || ctx.path().equals("/api")) {
            ApiRoutes.sendError(ctx, status, message);
        } else {
            ctx.status(status);
            ctx.contentType("text/html; charset=utf-8").result(pages.errorPage(status, message));
        }
    }

    private static String defaultMessage(int status, Context ctx) {
        return switch (status) {
            case 404 -> "nothing at " + ctx.path();
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "request body too large";
            case 400 -> "bad request";
            default -> "internal error";
        };
    }
}

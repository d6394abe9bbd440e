package org.marsad.web.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import org.marsad.store.StoreView;
import org.marsad.web.ClasspathBytes;
import org.marsad.web.NotFoundException;
import org.marsad.web.Parameters;

/** The web UI's pages and its stylesheet, the one file it serves, read from the classpath at start. */
public final class PageRoutes {

    private static final String HTML = "text/html; charset=utf-8";

    private final StoreView store;
    private final Labels labels = Labels.load();
    private final byte[] stylesheet = ClasspathBytes.read(PageRoutes.class, "marsad.css");

    public PageRoutes(StoreView store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get(Links.HOME, ctx -> send(ctx, new HomePage(store, labels).render()));
        routes.get(Links.SEARCH, ctx -> send(ctx, new SearchPage(store, labels).render(params(ctx))));
        routes.get(Links.STORIES, ctx -> send(ctx, new StoriesPage(store, labels).render(params(ctx))));
        routes.get(Links.STORIES + "/{id}", this::story);
        routes.get(Links.ENTITIES, ctx -> send(ctx, new EntitiesPage(store, labels).render(params(ctx))));
        routes.get(Links.ENTITIES + "/{id}", this::entity);
        routes.get("/articles/{id}", this::article);
        routes.get(Links.TIMELINE, ctx -> send(ctx, new TimelinePage(store, labels).render(params(ctx))));
        routes.get(Links.STYLESHEET, ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=3600").result(stylesheet));
    }

    /** The page of an error answer. */
    public String errorPage(int status, String message) {
        return ErrorPage.render(status, message);
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        var story = store.story(id).orElseThrow(() -> new NotFoundException("no story with id '" + id + "'"));
        send(ctx, new StoryPage(store, labels).render(story));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        var entity = store.entity(id).orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'"));
        send(ctx, new EntityPage(store, labels).render(entity));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        var article = store.article(id).orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
        send(ctx, new ArticlePage(store, labels).render(article));
    }

    private static Parameters params(Context ctx) {
        return new Parameters(ctx.queryParamMap());
    }

    private static void send(Context ctx, String page) {
        ctx.contentType(HTML).result(page);
    }
}

package org.marsad.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries. The pages have no script at all and every style lives in the
 * one stylesheet, so the Content-Security-Policy can forbid everything else: even if some article
 * text escaped the HTML writer, a browser would refuse to run it.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "style-src 'self'",
            "img-src 'self' data:",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>(); // in the order they are sent
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return Collections.unmodifiableMap(h);
    }

    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    /**
     * Jetty's own error answers (a malformed URI, a header too large) never reach Javalin; this
     * handler gives them the same headers.
     */
    static ErrorHandler jettyErrorHandler() {
        return new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
                return super.handle(request, response, callback);
            }
        };
    }
}

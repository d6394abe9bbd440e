package org.marsad.web;

/**
 * One page posted to {@code /api/ingest}.
 *
 * @param source      the name or URL the poster gives the page (the {@code source} parameter); the
 *                    article ids derive from it, so posting the same source again replaces the page
 * @param contentType the request's Content-Type, or null
 * @param body        the page's bytes, at most the server's request size limit
 */
public record PageUpload(String source, String contentType, byte[] body) {
}

package org.marsad.web;

import java.util.Objects;

/**
 * How the server listens.
 *
 * @param host            the address to bind; loopback unless told otherwise, so a store is not
 *                        published to the network by accident
 * @param port            the port, 0 for any free one
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param ingest          the handler of {@code POST /api/ingest}, or null to leave ingest off (404)
 * @param remoteIngest    whether ingest accepts requests from other hosts than loopback (else 403)
 */
public record ServerOptions(String host, int port, long maxRequestBytes, IngestHandler ingest, boolean remoteIngest) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** Big enough for any news page, small enough that a flood of posts cannot fill the heap. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535: " + port);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
        }
    }

    /** Loopback, port 8080, 4 MiB requests, no ingest. */
    public static ServerOptions defaults() {
        return new ServerOptions(LOOPBACK, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, null, false);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, maxRequestBytes, ingest, remoteIngest);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, maxRequestBytes, ingest, remoteIngest);
    }

    public ServerOptions withMaxRequestBytes(long bytes) {
        return new ServerOptions(host, port, bytes, ingest, remoteIngest);
    }

    /** Ingest on, through {@code handler}, from loopback only. */
    public ServerOptions withIngest(IngestHandler handler) {
        return new ServerOptions(host, port, maxRequestBytes, Objects.requireNonNull(handler, "handler"), remoteIngest);
    }

    public ServerOptions withRemoteIngest(boolean allowed) {
        return new ServerOptions(host, port, maxRequestBytes, ingest, allowed);
    }
}

package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.marsad.Marsad;
import org.marsad.store.MarsadStore;
import org.marsad.web.MarsadServer;
import org.marsad.web.ServerOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad serve [--data DIR] [--port 8080]}: the REST API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: the web UI (Arabic, right to left) and the REST API (/api/..., described at"
                + " /api/openapi.json). Binds to 127.0.0.1 unless --host says otherwise. Runs until interrupted.",
                "An ingest running meanwhile (marsad ingest, another process) shows up within a second."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", description = "port to listen on (default 8080; 0 picks a free one)")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--host", description = "address to bind (default 127.0.0.1: this machine only)")
    String host = ServerOptions.LOOPBACK;

    @Option(names = "--allow-ingest", description = "accept pages posted to /api/ingest (from this machine only)")
    boolean allowIngest;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        try (MarsadStore s = MarsadStore.open(store.data)) {
            ServerOptions options = ServerOptions.defaults().withHost(host).withPort(port);
            if (allowIngest) {
                options = options.withIngest(new StoreIngestHandler(store.data, new Marsad()));
            }
            serveUntilInterrupted(s, options, spec.commandLine().getOut(), "store " + store.data);
        }
        return 0;
    }

    /** Starts the server, prints its URL, and blocks until the process is interrupted (Ctrl-C, SIGTERM). */
    static void serveUntilInterrupted(MarsadStore store, ServerOptions options, PrintWriter out, String what)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (MarsadServer server = MarsadServer.start(store, options)) {
            Thread hook = new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "marsad-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("Marsad serves %s at %s (Ctrl-C to stop)%n", what, server.url());
            out.flush();
            stopped.await();
        }
    }
}

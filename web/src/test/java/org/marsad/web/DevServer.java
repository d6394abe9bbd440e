package org.marsad.web;

/**
 * Serves the {@link FixtureStore} for working on the UI and for the browser test:
 * {@code DevServer [port]}, on loopback, until killed.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        MarsadServer server = MarsadServer.start(FixtureStore.sample(), ServerOptions.defaults().withPort(port));
        System.out.println("marsad web (fixture store) at " + server.url());
        Thread.currentThread().join();
    }
}

package jp.openkokuho.nhi.linkage.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A stand-in 中間サーバー on 127.0.0.1 (JDK HTTP server) that records each request body and answers a set status. */
public final class FakeIntermediateServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    /** Starts on a free port. */
    public FakeIntermediateServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            paths.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** @return the base URL */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nhi/");
    }

    /** @param status the HTTP status to answer from now on */
    public void answer(int status) {
        this.status = status;
    }

    /** @return request bodies received */
    public List<String> bodies() {
        return bodies;
    }

    /** @return request paths received */
    public List<String> paths() {
        return paths;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package jp.openkokuho.nhi.transfer.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP endpoint on 127.0.0.1 and an ephemeral port that records every request and answers with the statuses it
 * is told to, in order (200 when none is queued). Requests are recorded before the answer is sent, so a test that
 * has the client's answer can read them without waiting.
 */
public final class RecordingHttpServer implements AutoCloseable {

    /**
     * One received request.
     *
     * @param method the method
     * @param path the request path
     * @param headers header values by lower-case name
     * @param body the body
     */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        /**
         * @param name header name, any case
         * @return its only value
         */
        public String header(String name) {
            List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            if (v == null || v.size() != 1) {
                throw new AssertionError("header " + name + " is " + v);
            }
            return v.get(0);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();

    private RecordingHttpServer(HttpServer server) {
        this.server = server;
    }

    /**
     * @return a started server
     * @throws IOException if it cannot bind
     */
    public static RecordingHttpServer start() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        RecordingHttpServer r = new RecordingHttpServer(s);
        s.createContext("/", r::handle);
        s.start();
        return r;
    }

    /**
     * @param path a path starting with '/'
     * @return the URL of the path on this server
     */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** @param codes statuses of the next answers, in order */
    public void answer(int... codes) {
        for (int c : codes) {
            statuses.add(c);
        }
    }

    /** @return the requests received so far, oldest first */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, body));
        Integer status = statuses.poll();
        byte[] answer = "an answer body the client must not echo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status == null ? 200 : status, answer.length);
        ex.getResponseBody().write(answer);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

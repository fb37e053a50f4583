package io.serviceops.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/** A stand-in for one service: echoes what reached it as JSON; can be made slow or taken down. */
final class StubService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // Headers and body go out in two writes: without this, Nagle and delayed ACKs add ~40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String name;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile HttpServer server;
    private volatile int port;
    private volatile Duration delay = Duration.ZERO;
    private volatile int status = 200;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    StubService(String name) {
        this.name = name;
        start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** Answers every request with this status (a failing service), counting the calls that reach it. */
    void answerWith(int failing) {
        status = failing;
        hits.set(0);
    }

    int hits() {
        return hits.get();
    }

    /** Closes the port: the service is down, connections are refused. */
    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Comes back on the same port, answering at once. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        delay = Duration.ZERO;
        status = 200;
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Thread.sleep(delay.toMillis());
            exchange.getRequestBody().readAllBytes();
            byte[] body = exchange.getRequestURI().getPath().equals("/v3/api-docs") ? apiDocs() : echo(exchange);
            hits.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] echo(HttpExchange exchange) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), String.join(",", values)));
        return JSON.writeValueAsBytes(Map.of("service", name, "method", exchange.getRequestMethod(),
                "path", exchange.getRequestURI().getPath(), "headers", headers));
    }

    /** A document like a service's: one routed path, one the gateway does not route, a shared and an own schema. */
    private byte[] apiDocs() {
        return ("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"summary\":\"The " + name
                + " service.\",\"version\":\"v1\",\"description\":\"The " + name + " service.\\n\\n**Calling it.** Shared.\"},"
                + "\"servers\":[{\"url\":\"http://127.0.0.1:" + port + "\"}],"
                + "\"tags\":[{\"name\":\"" + name + "\",\"description\":\"About " + name + "\"}],"
                + "\"paths\":{\"/api/v1/" + name + "\":{\"post\":{\"operationId\":\"add" + name + "\",\"security\":[{}],"
                + "\"responses\":{\"201\":{\"description\":\"Created\",\"content\":{\"application/json\":"
                + "{\"schema\":{\"$ref\":\"#/components/schemas/View\"}}}}}}},"
                + "\"/internal/" + name + "\":{}},"
                + "\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"},"
                + "\"View\":{\"type\":\"object\",\"description\":\"" + name + "\"}}}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}

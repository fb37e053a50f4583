package io.serviceops.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.serviceops.notification.webhook.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CRM system as the tests imagine one: it verifies every message's signature and timestamp (five
 * minutes' tolerance, as the Standard Webhooks libraries do), processes each webhook-id once and counts
 * what it received. It can be taken down and brought back on the same port, and {@code /redirect}
 * answers with a redirect to the cloud metadata address.
 */
public final class CrmReceiver {

    private static final long TOLERANCE_SECONDS = 300;

    private final int port;
    private volatile HttpServer server;
    private volatile byte[] key;
    private final Set<String> processed = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> timesReceived = new ConcurrentHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger redirectsServed = new AtomicInteger();

    CrmReceiver(int port) {
        this.port = port;
        up();
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The secret the subscription answered with, as the CRM would store it. */
    public void trust(String secret) {
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    public synchronized void up() {
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            started.createContext("/hook", this::receive);
            started.createContext("/redirect", this::redirect);
            started.setExecutor(Executors.newFixedThreadPool(4));
            started.start();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void down() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        received.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        if (!verified(id, timestamp, signatures, body)) {
            badSignatures.incrementAndGet();
            answer(exchange, 400);
            return;
        }
        timesReceived.merge(id, 1, Integer::sum);
        if (!processed.add(id)) {
            duplicates.incrementAndGet();
        }
        answer(exchange, 204);
    }

    private boolean verified(String id, String timestamp, String signatures, String body) {
        if (id == null || timestamp == null || signatures == null || key == null) {
            return false;
        }
        long sentAt = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
            return false;
        }
        String expected = WebhookSignature.sign(id, sentAt, body, key);
        return Arrays.asList(signatures.split(" ")).contains(expected);
    }

    private void redirect(HttpExchange exchange) throws IOException {
        redirectsServed.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
        answer(exchange, 302);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    public Set<String> processed() { return Set.copyOf(processed); }
    public int received() { return received.get(); }
    public int timesReceived(String webhookId) { return timesReceived.getOrDefault(webhookId, 0); }
    public int badSignatures() { return badSignatures.get(); }
    public int duplicates() { return duplicates.get(); }
    public int redirectsServed() { return redirectsServed.get(); }
}

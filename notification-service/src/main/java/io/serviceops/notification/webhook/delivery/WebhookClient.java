package io.serviceops.notification.webhook.delivery;

import io.serviceops.notification.webhook.WebhookProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs one signed message. Redirects are never followed (a 3xx is an answer, reported as such); only
 * the first {@code responseExcerptBytes} of an answer are read, so a hostile endpoint cannot make this
 * service buffer a large body.
 */
class WebhookClient {

    private final HttpClient http;
    private final Duration requestTimeout;
    private final int excerptBytes;

    WebhookClient(WebhookProperties properties) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout()).build();
        this.requestTimeout = properties.requestTimeout();
        this.excerptBytes = properties.responseExcerptBytes();
    }

    /** The answer, or why there was none ({@code status} null). */
    record Result(Integer status, String excerpt, String retryAfter, String error, long latencyMillis) {

        boolean succeeded() {
            return status != null && status / 100 == 2;
        }
    }

    Result post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = new String(in.readNBytes(excerptBytes), StandardCharsets.UTF_8);
            }
            return new Result(response.statusCode(), excerpt, response.headers().firstValue("Retry-After").orElse(null),
                    null, elapsed(started));
        } catch (HttpTimeoutException e) {
            return new Result(null, null, null, "timeout after " + requestTimeout, elapsed(started));
        } catch (IOException e) {
            return new Result(null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, null, null, "interrupted", elapsed(started));
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}

package io.serviceops.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One Spring context for every gateway test: the four routes point at stub services in this JVM, tokens
 * come from the development issuer, rate limits in process (the default store); SharedRateLimitTest adds
 * a throw-away redis-server when installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "serviceops.resilience.timeouts.kpi=1s",
    "serviceops.resilience.max-concurrent-calls.kpi=3",
    "serviceops.cors.allowed-origins=https://app.example.com",
    "MAX_REQUEST_SIZE=10KB",
    // A slow refill, so RateLimitTest drains a bucket even when the machine is slow; the burst (40)
    // stays large enough for every other test's few requests.
    "RATE_LIMIT_PER_SECOND=1",
    // The shared 2-core machine can be slow; the limiter must not fail open because of it here.
    "spring.data.redis.timeout=3s",
    "serviceops.identity.keys=" + GatewayTestSupport.IDENTITY_KEYS})
abstract class GatewayTestSupport {

    static final StubService COMPLAINTS = new StubService("complaints");
    static final StubService FEEDBACK = new StubService("feedback");
    static final StubService KPI = new StubService("kpi");
    static final StubService TRAINING = new StubService("training");
    static final StubService NOTIFICATIONS = new StubService("notifications");

    static final String IDENTITY_KEYS = "gw-test:gateway-test-identity-key-0123456789abcdef";

    /** The managed API keys' store (an in-memory MongoDB wire server), one for the whole test JVM. */
    static final MongoServer MONGO = startedMongo();

    static final String FULL_KEY = "crm-full-key";
    static final String FEEDBACK_ONLY_KEY = "crm-feedback-key";
    static final String REVOKED_KEY = "crm-revoked-key";
    static final String WEBHOOKS_KEY = "crm-webhooks-key";
    static final String STORE_7_KEY = "crm-store-7-key";

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    WebTestClient client;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("COMPLAINT_SERVICE_URL", COMPLAINTS::url);
        registry.add("FEEDBACK_SERVICE_URL", FEEDBACK::url);
        registry.add("KPI_SERVICE_URL", KPI::url);
        registry.add("TRAINING_SERVICE_URL", TRAINING::url);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATIONS::url);
        registry.add("spring.data.redis.url", () -> LocalRedis.instance().url());
        registry.add("spring.mongodb.uri", () -> "mongodb://" + MONGO.getLocalAddress().getHostString() + ":"
                + MONGO.getLocalAddress().getPort() + "/gateway");
        apiKey(registry, 0, "crm-full", FULL_KEY, "complaints:write,feedback:write", false);
        apiKey(registry, 1, "crm-feedback", FEEDBACK_ONLY_KEY, "feedback:write", false);
        apiKey(registry, 2, "crm-old", REVOKED_KEY, "complaints:write", true);
        apiKey(registry, 3, "crm-hooks", WEBHOOKS_KEY, "webhooks:manage", false);
        apiKey(registry, 4, "crm-store-7", STORE_7_KEY, "complaints:write", false);
        registry.add("serviceops.auth.api-keys[4].stores", () -> "store-7");
    }

    private static void apiKey(DynamicPropertyRegistry registry, int index, String client, String key, String scopes,
            boolean revoked) {
        String prefix = "serviceops.auth.api-keys[" + index + "].";
        registry.add(prefix + "client", () -> client);
        registry.add(prefix + "sha256", () -> Sha256.hex(key));
        registry.add(prefix + "scopes", () -> scopes);
        registry.add(prefix + "revoked", () -> revoked);
    }

    private static MongoServer startedMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @AfterEach
    void healAllServices() {
        circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    String token(String subject, String... roles) {
        return token(Map.of("subject", subject, "roles", roles));
    }

    /** A development token for a staff member working in {@code stores}. */
    String tokenInStores(String subject, List<String> stores, String... roles) {
        return token(Map.of("subject", subject, "roles", roles, "stores", stores));
    }

    private String token(Map<String, Object> request) {
        Map<?, ?> answer = client.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) answer.get("access_token");
    }
}

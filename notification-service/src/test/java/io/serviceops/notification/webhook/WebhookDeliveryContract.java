package io.serviceops.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.notification.CrmReceiver;
import io.serviceops.notification.ServiceTest;
import io.serviceops.notification.TestEndpoints;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Signed webhooks to a test CRM on a real broker and store: outages, duplicates, SSRF, redirects. */
@ServiceTest
class WebhookDeliveryContract {

    private static final CrmReceiver CRM = TestEndpoints.CRM;

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MeterRegistry metrics;

    Api admin;
    EventInjector injector;

    @BeforeEach
    void open() {
        admin = new Api(port, "notification-service").as("ADMIN", "");
        injector = new EventInjector(bootstrapServers);
    }

    @AfterEach
    void close() {
        injector.close();
    }

    static ComplaintFiled filed(String storeId) {
        Instant now = Instant.now();
        return new ComplaintFiled("cmp-" + UUID.randomUUID(), "SERVICE_ATTITUDE", "PHONE", storeId, "staff-042", "cust-77",
                "TWO_STAR", "NORMAL", null, now, now.plusSeconds(3600), now.plusSeconds(86400));
    }

    String subscribe(String path, String storeId, String... types) {
        var created = admin.post("/api/v1/webhooks/subscriptions", Map.of("name", "test CRM", "url", CRM.url(path),
                "eventTypes", List.of(types), "storeId", storeId));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        CRM.trust(created.body().get("secret").asString());
        return created.body().get("id").asString();
    }

    @Test
    void everyEventReachesTheCrmSignedAndOnceAfterA30SecondOutageUnderLoad() throws Exception {
        String store = "store-" + UUID.randomUUID();
        subscribe("/hook", store, "ComplaintFiled");
        Set<String> published = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        // About 10 events a second for 45 s; the receiver is down from the 5th second to the 35th.
        load.scheduleAtFixedRate(() -> published.add(injector.publish(filed(store)).id().toString()), 0, 100,
                TimeUnit.MILLISECONDS);
        try {
            Thread.sleep(5_000);
            CRM.down();
            Thread.sleep(30_000);
            CRM.up();
            Thread.sleep(10_000);
        } finally {
            load.shutdown();
            load.awaitTermination(10, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> CRM.processed().containsAll(published));
        System.out.printf("webhook outage: %d events published, %d requests received, %d duplicates, %d bad signatures%n",
                published.size(), CRM.received(), CRM.duplicates(), CRM.badSignatures());
        assertThat(published).hasSizeGreaterThan(300);
        assertThat(CRM.badSignatures()).isZero();
        assertThat(CRM.processed()).containsAll(published);
        assertThat(metrics.get("serviceops.webhook.deliveries").tag("outcome", "retry").counter().count()).isPositive();
    }

    @Test
    void onlyTheSubscribedStoresEventsAreDeliveredAndFreeTextIsLeftOut() {
        String store = "store-" + UUID.randomUUID();
        String subscription = subscribe("/hook", store, "ComplaintFiled", "ComplaintReopened");
        injector.publish(filed("some-other-store"));
        var reopened = injector.publish(new ComplaintReopened("cmp-r-" + UUID.randomUUID(), store, null,
                "the customer wrote something personal", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> CRM.processed().contains(reopened.id().toString()));
        JsonNode log = admin.get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries").body();
        assertThat(log.get("totalElements").asLong()).isEqualTo(1);
        assertThat(log.get("content").get(0).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(log.get("content").get(0).get("attempts").get(0).get("status").asInt()).isEqualTo(204);
    }

    @Test
    void oneDeliveryOrATimeRangeCanBeReplayedWithTheSameWebhookId() {
        String store = "store-" + UUID.randomUUID();
        String subscription = subscribe("/hook", store, "ComplaintFiled");
        Instant from = Instant.now().minusSeconds(1);
        String eventId = injector.publish(filed(store)).id().toString();
        String deliveries = "/api/v1/webhooks/subscriptions/" + subscription + "/deliveries";
        await().atMost(Duration.ofSeconds(20)).until(() -> CRM.timesReceived(eventId) == 1
                && "DELIVERED".equals(admin.get(deliveries).body().get("content").path(0).path("status").asString()));

        var one = admin.post(deliveries + "/" + eventId + ":" + subscription + "/replay", Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> CRM.timesReceived(eventId) == 2
                && "DELIVERED".equals(admin.get(deliveries).body().get("content").path(0).path("status").asString()));
        var range = admin.post(deliveries + "/replay", Map.of("from", from.toString(),
                "to", Instant.now().plusSeconds(60).toString()));

        assertThat(one.status()).isEqualTo(202);
        assertThat(range.body().get("replayed").asLong()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> CRM.timesReceived(eventId) == 3);
        assertThat(admin.post(deliveries + "/00000000-0000-4000-8000-000000000000:" + subscription + "/replay", Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void aRedirectIsNeverFollowedAndIsCounted() {
        double before = metrics.get("serviceops.webhook.target.refusals").tag("reason", "redirect").counter().count();
        String store = "store-" + UUID.randomUUID();
        String subscription = subscribe("/redirect", store, "ComplaintFiled");
        injector.publish(filed(store));

        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(admin.get("/api/v1/webhooks/subscriptions/"
                + subscription + "/deliveries").body().get("content").path(0).path("status").asString()));
        assertThat(metrics.get("serviceops.webhook.target.refusals").tag("reason", "redirect").counter().count())
                .isEqualTo(before + 1);
        assertThat(CRM.redirectsServed()).isPositive();
    }

    @Test
    void subscriptionsToInternalAddressesAreRefusedNamingTheUrl() {
        double before = metrics.get("serviceops.webhook.target.refusals").tag("reason", "private-address").counter().count();
        for (String url : List.of("http://127.0.0.1:" + (CRM.port() + 1) + "/x", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.7/hook", "http://localhost:" + (CRM.port() + 1) + "/x")) {
            var refused = admin.post("/api/v1/webhooks/subscriptions", Map.of("name", "ssrf", "url", url,
                    "eventTypes", List.of("ComplaintFiled")));

            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("url");
        }
        assertThat(metrics.get("serviceops.webhook.target.refusals").tag("reason", "private-address").counter().count())
                .isEqualTo(before + 4);
    }

    @Test
    void onlyEventTypesOfTheCatalogueCanBeSubscribedAndNeverTheNotifications() {
        var refused = admin.post("/api/v1/webhooks/subscriptions", Map.of("name", "x", "url", CRM.url("/hook"),
                "eventTypes", List.of("NotificationRequested", "NoSuchEvent")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("NotificationRequested").contains("NoSuchEvent");
    }

    @Test
    void onlyAdminsOrKeysWithTheManageScopeMaySubscribe() {
        var agent = new Api(port, "notification-service").as("AGENT", "").post("/api/v1/webhooks/subscriptions", Map.of("name", "x",
                "url", CRM.url("/hook"), "eventTypes", List.of("ComplaintFiled")));
        var key = new Api(port, "notification-service").as("INTEGRATION", "webhooks:manage").get("/api/v1/webhooks/subscriptions");

        assertThat(agent.status()).isEqualTo(403);
        assertThat(key.status()).isEqualTo(200);
    }

    @Test
    void aRotatedSecretIsShownOnceAndBothSecretsSignDuringTheOverlap() {
        String store = "store-" + UUID.randomUUID();
        String subscription = subscribe("/hook", store, "ComplaintFiled");
        var rotated = admin.post("/api/v1/webhooks/subscriptions/" + subscription + "/secret/rotate",
                Map.of("overlap", "PT1H"));
        var event = injector.publish(filed(store));

        // The receiver still trusts the old secret: the old signature is sent beside the new one.
        await().atMost(Duration.ofSeconds(20)).until(() -> CRM.processed().contains(event.id().toString()));
        assertThat(rotated.body().get("secret").asString()).startsWith("whsec_");
        assertThat(admin.get("/api/v1/webhooks/subscriptions/" + subscription).text()).doesNotContain("whsec_");
    }
}

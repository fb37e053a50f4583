package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.faults.SecurityReport.Owasp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's managed API keys across replicas: keys issued through the stack gateway, a second gateway
 * replica beside it; a key revoked through the first must be refused by the second within the refresh
 * interval (5 s, the default) plus one request; a revoked and an expired key are refused by both, as
 * 401 problem+json, and a refused key changes nothing. CI size: one key revoked; full size
 * ({@code -Dfaults.security.size=full}): five, one after the other.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(0)
class ApiKeyRevocationTest {

    private static final String FAULT = "api-keys";
    private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(5);
    private static final int REPLICA_PORT = 29188;

    private final SecurityReport report = new SecurityReport(FAULT);
    private FaultStack stack;
    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        this.stack = stack;
        admin = Api.gateway().as("fault-keys-admin", "ADMIN");
    }

    @Test
    void aKeyRevokedThroughOneReplicaIsRefusedByTheOtherWithinTheRefreshInterval() throws Exception {
        int keys = "full".equals(System.getProperty("faults.security.size", "ci")) ? 5 : 1;
        List<Long> propagation = new ArrayList<>();
        try (GatewayReplica replica = GatewayReplica.start(stack, "gateway-keys-b", REPLICA_PORT, Map.of())) {
            replica.awaitUp();
            Api second = Api.on(REPLICA_PORT);
            for (int i = 0; i < keys; i++) {
                String[] key = issue("crm-fault-revoked-" + i);
                awaitAccepted(second, key[1]);
                long revokedAt = System.nanoTime();
                answered(200, admin.request("POST", "/api/v1/api-keys/" + key[0] + "/revocation", null, Map.of()));
                Api.Reply refused = awaitRefused(second, key[1]);
                propagation.add(Duration.ofNanos(System.nanoTime() - revokedAt).toMillis());
                report.refused(Owasp.API2, "a key revoked through the stack gateway, at the second replica", 401, refused);
                report.refused(Owasp.API2, "the same revoked key at the stack gateway", 401, read(Api.gateway(), key[1]));
            }
            String[] expiring = issue("crm-fault-expired");
            answered(200, admin.request("PUT", "/api/v1/api-keys/" + expiring[0] + "/expiry", Map.of(), Map.of()));
            report.refused(Owasp.API2, "an expired key at the stack gateway", 401, read(Api.gateway(), expiring[1]));
            report.refused(Owasp.API2, "an expired key at the second replica", 401, awaitRefused(second, expiring[1]));
            long before = total();
            String[] revoked = issue("crm-fault-write");
            answered(200, admin.request("POST", "/api/v1/api-keys/" + revoked[0] + "/revocation", null, Map.of()));
            report.refused(Owasp.API2, "a revoked key filing a complaint", 401, Api.gateway().request("POST",
                    "/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE", "channel", "APP", "storeId", "fault-keys",
                            "description", "Revoked key"), Map.of("X-Api-Key", revoked[1])));
            report.holds(Owasp.API2, "no complaint filed by the revoked key", total() == before, before + " → " + total());
        }
        long slowest = propagation.stream().mapToLong(Long::longValue).max().orElseThrow();
        report.holds(Owasp.API2, "revocation reached the second replica within the refresh interval + 3 s",
                slowest <= REFRESH_INTERVAL.plusSeconds(3).toMillis(), "ms per key: " + propagation);
        Report.injected(FAULT, keys + " key(s) revoked and 1 expired through the stack gateway while a second replica ran");
        report.printAndAssert();
        Report.verified(FAULT, "refused by both replicas as 401 problem+json; revocation seen by the second after " + propagation + " ms");
    }

    /** Issues a key that may read complaints: {id, secret}. */
    private String[] issue(String client) {
        JsonNode issued = answered(201, admin.request("POST", "/api/v1/api-keys",
                Map.of("client", client, "scopes", List.of("complaints:read", "complaints:write")), Map.of()));
        return new String[] {issued.path("key").path("id").asString(), issued.path("secret").asString()};
    }

    private static Api.Reply read(Api gateway, String secret) {
        return gateway.request("GET", "/api/v1/complaints?size=1", null, Map.of("X-Api-Key", secret));
    }

    private static void awaitAccepted(Api gateway, String secret) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (read(gateway, secret).status() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the new key never worked at the second replica: " + read(gateway, secret));
    }

    private static Api.Reply awaitRefused(Api gateway, String secret) throws InterruptedException {
        Api.Reply reply = read(gateway, secret);
        for (int attempt = 0; attempt < 60 && reply.status() == 200; attempt++) {
            Thread.sleep(250);
            reply = read(gateway, secret);
        }
        return reply;
    }

    private long total() {
        return answered(200, admin.get("/api/v1/complaints?size=1")).path("totalElements").asLong();
    }

    private static JsonNode answered(int status, Api.Reply reply) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(status);
        return reply.json();
    }
}

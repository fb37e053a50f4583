package io.serviceops.faults;

import io.serviceops.faults.SecurityReport.Owasp;
import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import io.serviceops.testsupport.Callers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15's identity attacks: identities forged, tampered with, replayed late or at another service,
 * straight at every service port (the gateway bypassed); and, through the gateway, an audit trail bent
 * with {@code X-Actor} or a body naming someone else. Every attempt must be refused with the right status
 * and problem+json, and the store must be unchanged. CI size: one protected path per service; full size
 * ({@code -Dfaults.security.size=full}): every operation of every service's committed OpenAPI document.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(0)
class IdentityAbuseTest {

    private static final String FAULT = "identity";
    private static final Map<String, String> CI_PATHS = Map.of("complaint-service", "/api/v1/complaints",
            "feedback-service", "/api/v1/feedback", "kpi-service", "/api/v1/kpi/templates",
            "training-service", "/api/v1/training/sessions", "notification-service", "/api/v1/webhooks");
    private static final Map<String, String> DOCUMENTS = Map.of("complaint-service", "complaints",
            "feedback-service", "feedback", "kpi-service", "kpi", "training-service", "training",
            "notification-service", "notifications");
    private static final Map<String, String> FORGED_ADMIN = Map.of("X-User-Id", "mallory", "X-User-Roles", "ADMIN");
    private static final Map<String, String> AGENT = Map.of("X-User-Id", "fault-sec-agent", "X-User-Roles", "AGENT");

    private final SecurityReport report = new SecurityReport(FAULT);
    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        admin = Api.gateway().as("fault-sec-admin", "ADMIN");
    }

    @Test
    void forgedTamperedStaleAndMisaddressedIdentitiesAreRefusedAndTheAuditNamesTheRealCaller() {
        Map<String, Long> before = totals();
        int sent = forgeries();
        Map<String, Long> after = totals();
        report.holds(Owasp.API2, "documents per collection unchanged by the forged requests", before.equals(after),
                before + " → " + after);
        sent += auditAbuse();
        Report.injected(FAULT, sent + " attacks: forged X-User-* headers, tampered, expired, mis-addressed and "
                + "unknown-key assertions straight to the five service ports (" + size() + " size), X-Actor and "
                + "on-behalf-of abuse through the gateway");
        report.printAndAssert();
        Report.verified(FAULT, "every attempt refused with its status and problem+json; collections unchanged: " + after);
    }

    /** Straight to each service port: no gateway, so no valid assertion — whatever the headers claim. */
    private int forgeries() {
        int sent = 0;
        Instant inAMinute = Instant.now().plusSeconds(60);
        for (String service : CI_PATHS.keySet()) {
            Api port = Api.service(service);
            for (String[] operation : operations(service)) {
                String what = service + " " + operation[0] + " " + operation[1];
                Object body = operation[0].equals("GET") ? null : Map.of();
                report.refused(Owasp.API2, what + " with forged ADMIN headers",
                        401, port.request(operation[0], operation[1], body, FORGED_ADMIN));
                report.refused(Owasp.API2, what + " without any identity",
                        401, port.request(operation[0], operation[1], body, Map.of()));
                sent += 2;
            }
            String path = CI_PATHS.get(service);
            Map<String, String> tampered = signed(AGENT, service, inAMinute);
            tampered.put("X-User-Roles", "ADMIN");
            report.refused(Owasp.API2, service + " GET " + path + " with an AGENT assertion whose roles say ADMIN",
                    401, port.request("GET", path, null, tampered));
            report.refused(Owasp.API2, service + " GET " + path + " with an expired assertion",
                    401, port.request("GET", path, null, signed(FORGED_ADMIN, service, Instant.now().minusSeconds(1))));
            String elsewhere = service.equals("kpi-service") ? "complaint-service" : "kpi-service";
            report.refused(Owasp.API2, service + " GET " + path + " with an assertion for " + elsewhere,
                    401, port.request("GET", path, null, signed(FORGED_ADMIN, elsewhere, inAMinute)));
            Map<String, String> unknownKey = new LinkedHashMap<>(FORGED_ADMIN);
            unknownKey.put(IdentityAssertion.HEADER, IdentityAssertion.sign(
                    IdentityKeys.parse("attacker:" + "x".repeat(40)), canonical(FORGED_ADMIN), service, inAMinute));
            report.refused(Owasp.API2, service + " GET " + path + " with an assertion by an unknown key",
                    401, port.request("GET", path, null, unknownKey));
            sent += 4;
        }
        return sent;
    }

    /** Through the gateway: the history records the authenticated caller, whatever the client claims. */
    private int auditAbuse() {
        Api supervisor = Api.gateway().as("fault-sec-supervisor", "SUPERVISOR");
        Api agent = Api.gateway().as("fault-sec-agent", "AGENT");
        String id = answered(201, Api.gateway().post("/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE",
                "channel", "ONLINE_FORM", "storeId", "fault-sec-store", "description", "Security suite complaint"))).path("id").asString();
        answered(200, supervisor.post("/api/v1/complaints/" + id + "/assign",
                Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "fault-sec-agent"), Map.of("X-Actor", "mallory")));
        JsonNode assigned = Ledger.ok(admin.get("/api/v1/complaints/" + id));

        report.refused(Owasp.API5, "an AGENT answering in another person's name (respondedBy)", 403,
                agent.post("/api/v1/complaints/" + id + "/respond", Map.of("message", "Hi", "respondedBy", "fault-sec-other")));
        report.refused(Owasp.API5, "an AGENT resolving in another person's name (resolvedBy)", 403,
                agent.post("/api/v1/complaints/" + id + "/resolve", Map.of("rootCause", "STAFF_CONDUCT",
                        "handling", "APOLOGY", "resolvedBy", "fault-sec-other")));
        report.refused(Owasp.API5, "an AGENT revising an SLA policy (SUPERVISOR only)", 403,
                agent.request("PUT", "/api/v1/sla-policies/SERVICE_ATTITUDE", Map.of(), Map.of()));
        JsonNode untouched = Ledger.ok(admin.get("/api/v1/complaints/" + id));
        report.holds(Owasp.API5, "the complaint unchanged by the refused actions (version, history)",
                untouched.path("version").equals(assigned.path("version"))
                        && untouched.path("history").size() == assigned.path("history").size(),
                "history " + untouched.path("history"));

        answered(200, supervisor.post("/api/v1/complaints/" + id + "/resolve", Map.of("rootCause", "STAFF_CONDUCT",
                "handling", "APOLOGY", "resolvedBy", "fault-sec-agent"), Map.of("X-Actor", "mallory")));
        List<String> history = new ArrayList<>();
        Ledger.ok(admin.get("/api/v1/complaints/" + id)).path("history").forEach(entry -> history.add(
                entry.path("action").asString() + " by " + entry.path("actor").asString()
                        + (entry.path("onBehalfOf").isString() ? " for " + entry.path("onBehalfOf").asString() : "")));
        report.holds(Owasp.API3, "X-Actor ignored: the audit names the authenticated callers only",
                history.equals(List.of("FILED by anonymous", "ASSIGNED by fault-sec-supervisor",
                        "RESOLVED by fault-sec-supervisor for fault-sec-agent")), history);
        return 6;
    }

    private static JsonNode answered(int status, Api.Reply reply) {
        org.assertj.core.api.Assertions.assertThat(reply.status()).as("answer %s", reply).isEqualTo(status);
        return reply.json();
    }

    private static Map<String, String> signed(Map<String, String> identity, String audience, Instant expiresAt) {
        Map<String, String> headers = new LinkedHashMap<>(identity);
        headers.put(IdentityAssertion.HEADER, Callers.assertion(audience, identity, expiresAt));
        return headers;
    }

    private static TreeMap<String, String> canonical(Map<String, String> identity) {
        return new TreeMap<>(IdentityAssertion.identityHeaders(identity.keySet(), name -> List.of(identity.get(name))));
    }

    private static boolean fullSize() {
        return "full".equals(size());
    }

    private static String size() {
        return System.getProperty("faults.security.size", "ci");
    }

    /** CI: one protected list per service. Full: every operation of its committed OpenAPI document. */
    private static List<String[]> operations(String service) {
        if (!fullSize()) {
            return List.of(new String[] {"GET", CI_PATHS.get(service)}, new String[] {"POST", CI_PATHS.get(service)});
        }
        Path repo = Path.of(System.getProperty("serviceops.repo.root", "../.."));
        try {
            JsonNode document = Api.JSON.readTree(Files.readString(
                    repo.resolve("api/services/" + DOCUMENTS.get(service) + ".openapi.json")));
            List<String[]> operations = new ArrayList<>();
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(new String[] {method.getKey().toUpperCase(), path.getKey().replaceAll("\\{[^}]+}", "x1")});
                }
            }));
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents per collection, counted as ADMIN through the gateway. */
    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String collection : List.of("/api/v1/complaints?size=1", "/api/v1/feedback?size=1",
                "/api/v1/kpi/templates?size=1", "/api/v1/training/sessions?size=1")) {
            totals.put(collection, Ledger.ok(admin.get(collection)).path("totalElements").asLong());
        }
        return totals;
    }
}

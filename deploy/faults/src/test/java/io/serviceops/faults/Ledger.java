package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * The ground truth of one fault: every complaint this test filed through the gateway (its own store,
 * known staff) and which of them it resolved, compared afterwards with what complaint-service lists
 * and with what kpi-service's scorecards add up to.
 */
final class Ledger {

    private final Api admin;
    final String storeId;
    private final List<Filed> filed = new CopyOnWriteArrayList<>();
    private final Set<String> resolved = ConcurrentHashMap.newKeySet();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    /** A complaint as filed; KPI facts are dated by the filing month (kpi-service README). */
    record Filed(String id, String staffId, LocalDate month) {
    }

    Ledger(Api admin, String storeId) {
        this.admin = admin;
        this.storeId = storeId;
    }

    /** Files a complaint about a staff member; a refused request is remembered as a failure. */
    String file(String staffId) {
        Api.Reply reply = admin.post("/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE", "channel", "APP",
                "storeId", storeId, "staffId", staffId, "customerId", "cust-" + staffId + "-" + filed.size(),
                "description", "Fault-test complaint about " + staffId));
        if (reply.status() / 100 != 2) {
            failures.add("POST /api/v1/complaints → " + reply);
            return null;
        }
        JsonNode complaint = reply.json();
        // Assigned at once: RESOLUTION_RATE is resolved ÷ handled (assigned), so every complaint filed counts.
        String path = "/api/v1/complaints/" + complaint.path("id").asString() + "/assign";
        Api.Reply assigned = admin.post(path, Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", staffId));
        if (assigned.status() / 100 != 2) {
            failures.add("POST " + path + " → " + assigned);
            return null;
        }
        LocalDate month = Instant.parse(complaint.path("filedAt").asString()).atZone(ZoneOffset.UTC).toLocalDate()
                .withDayOfMonth(1);
        filed.add(new Filed(complaint.path("id").asString(), staffId, month));
        return complaint.path("id").asString();
    }

    /** Resolves one of this ledger's complaints (resolving counts as its first response). */
    void resolve(String complaintId, String staffId) {
        resolve(complaintId, staffId, "PRODUCT_DEFECT");
    }

    /** The same with a root cause of choice (PROCESS_NOT_FOLLOWED also sends the person to training). */
    void resolve(String complaintId, String staffId, String rootCause) {
        for (var step : List.of(
                Map.entry("resolve", Map.of("rootCause", rootCause, "handling", "EXCHANGE",
                        "summary", "Exchanged.", "resolvedBy", staffId)))) {
            Api.Reply reply = admin.post("/api/v1/complaints/" + complaintId + "/" + step.getKey(), step.getValue());
            if (reply.status() / 100 != 2) {
                failures.add("POST /api/v1/complaints/" + complaintId + "/" + step.getKey() + " → " + reply);
                return;
            }
        }
        resolved.add(complaintId);
    }

    List<String> failures() {
        return failures;
    }

    int filedCount() {
        return filed.size();
    }

    int resolvedCount() {
        return resolved.size();
    }

    List<String> ids() {
        return filed.stream().map(Filed::id).toList();
    }

    Set<String> resolvedIds() {
        return Set.copyOf(resolved);
    }

    /** feedback-service's survey invitations for one complaint: exactly one per resolved complaint with a customer. */
    int invitationsOf(String complaintId) {
        return ok(admin.get("/api/v1/feedback/invitations?complaintId=" + complaintId)).path("content").size();
    }

    /** complaint-service lists exactly the complaints filed, with exactly those resolved. */
    void assertComplaintServiceAgrees() {
        JsonNode list = ok(admin.get("/api/v1/complaints?storeId=" + storeId + "&size=1"));
        assertThat(list.path("totalElements").asLong()).as("complaints listed for " + storeId)
                .isEqualTo(filed.size());
        JsonNode stats = ok(admin.get("/api/v1/complaints/stats?storeId=" + storeId));
        assertThat(stats.path("total").asLong()).as("stats total").isEqualTo(filed.size());
        assertThat(stats.path("byStatus").path("RESOLVED").asLong()).as("stats RESOLVED").isEqualTo(resolved.size());
    }

    /**
     * kpi-service counts each complaint once: per staff member and per store, RESOLUTION_RATE is
     * resolved ÷ filed of this ledger, every complaint being assigned when filed (a lost or doubled ComplaintFiled/ComplaintResolved changes it).
     */
    void assertKpiAgrees() {
        for (var entry : tallies().entrySet()) {
            String[] key = entry.getKey().split("\\|");
            int[] counts = entry.getValue();
            assertThat(resolutionRate(key[0], key[1], LocalDate.parse(key[2])))
                    .as("RESOLUTION_RATE of %s %s in %s (%d resolved of %d filed)", key[0], key[1], key[2],
                            counts[1], counts[0])
                    .isCloseTo((double) counts[1] / counts[0], within(1e-4));
        }
    }

    /** "kind|subject|month" → {filed, resolved}, for each staff member and the store. */
    Map<String, int[]> tallies() {
        Map<String, int[]> tallies = new TreeMap<>();
        for (Filed complaint : filed) {
            for (String key : List.of("STAFF|" + complaint.staffId() + "|" + complaint.month(),
                    "STORE|" + storeId + "|" + complaint.month())) {
                int[] counts = tallies.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                if (resolved.contains(complaint.id())) {
                    counts[1]++;
                }
            }
        }
        return tallies;
    }

    double resolutionRate(String kind, String subjectId, LocalDate month) {
        JsonNode scorecard = ok(admin.get("/api/v1/kpi/scorecards?subjectKind=" + kind + "&subjectId=" + subjectId
                + "&period=MONTH&periodStart=" + month + "&templateId=scorecard-a"));
        for (JsonNode kpi : scorecard.path("kpis")) {
            if (kpi.path("kpi").asString().equals("RESOLUTION_RATE") && kpi.path("rawValue").isNumber()) {
                return kpi.path("rawValue").asDouble();
            }
        }
        return Double.NaN;
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        tallies().forEach((key, counts) -> parts.add(key + ": " + counts[0] + " filed, " + counts[1] + " resolved"));
        return String.join("; ", parts);
    }

    static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(200);
        return reply.json();
    }
}

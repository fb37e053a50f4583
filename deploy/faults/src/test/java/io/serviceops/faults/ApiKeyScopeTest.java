package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.faults.SecurityReport.Owasp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 4 on the whole stack: API keys act per action family (file, act, read). A key for one family
 * cannot use another (403 problem+json, nothing stored), and an action by a key without the read scope
 * answers only {@code {id, status, version}} — never the object its {@code GET} would be refused. CI size:
 * one complaint per key; full size ({@code -Dfaults.security.size=full}): five.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(0)
class ApiKeyScopeTest {

    private static final String FAULT = "api-key-scopes";
    private static final Set<String> ACKNOWLEDGEMENT = Set.of("id", "status", "version");

    private final SecurityReport report = new SecurityReport(FAULT);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String store = "scopes-" + run;
    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        admin = Api.gateway().as("fault-scopes-admin", "ADMIN");
    }

    @Test
    void eachKeyActsOnlyInItsFamiliesAndReadsOnlyWhatItsReadScopeAllows() {
        int complaints = "full".equals(System.getProperty("faults.security.size", "ci")) ? 5 : 1;
        String fileAndAct = issue("crm-act-" + run, "complaints:file", "complaints:act");
        String reader = issue("crm-read-" + run, "complaints:file", "complaints:act", "complaints:read");
        String feedbackOnly = issue("crm-feedback-" + run, "feedback:file");
        String legacy = issue("crm-legacy-" + run, "complaints:write");
        Report.injected(FAULT, "keys with complaints file+act, file+act+read, feedback:file only and the earlier "
                + "complaints:write, each filing and acting on " + complaints + " complaint(s) of store " + store);

        for (int i = 0; i < complaints; i++) {
            for (String blind : List.of(fileAndAct, legacy)) {
                Api.Reply filed = as(blind, "POST", "/api/v1/complaints", complaint("blind " + i));
                report.holds(Owasp.API3, "a key without complaints:read files and gets only {id, status, version}",
                        filed.status() == 201 && acknowledgementOnly(filed), filed);
                String id = filed.json().path("id").asString();
                report.refused(Owasp.API5, "the same key reads the complaint it filed", 403,
                        as(blind, "GET", "/api/v1/complaints/" + id, null));
                Api.Reply assigned = as(blind, "POST", "/api/v1/complaints/" + id + "/assign",
                        Map.of("department", "FRONT_DESK", "assigneeId", "scope.agent." + run));
                report.holds(Owasp.API3, "its assignment answers only {id, status, version}, no assignee",
                        assigned.status() == 200 && acknowledgementOnly(assigned) && !assigned.body().contains("scope.agent"),
                        assigned);
                report.holds(Owasp.API3, "the assignment happened (acknowledged, not refused)", "scope.agent.".concat(run)
                        .equals(admin.get("/api/v1/complaints/" + id).json().path("assigneeId").asString()), id);
            }
            Api.Reply full = as(reader, "POST", "/api/v1/complaints", complaint("reader " + i));
            report.holds(Owasp.API3, "a key with complaints:read gets the filed complaint in full",
                    full.status() == 201 && full.json().has("description"), full);

            long before = total();
            report.refused(Owasp.API5, "a feedback:file key files a complaint", 403,
                    as(feedbackOnly, "POST", "/api/v1/complaints", complaint("wrong family " + i)));
            report.refused(Owasp.API5, "a feedback:file key assigns a complaint", 403, as(feedbackOnly, "POST",
                    "/api/v1/complaints/" + full.json().path("id").asString() + "/assign",
                    Map.of("department", "FRONT_DESK", "assigneeId", "nobody")));
            report.refused(Owasp.API5, "a complaints:file+act key posts feedback", 403, as(fileAndAct, "POST",
                    "/api/v1/feedback", Map.of("channel", "MOBILE_APP", "storeId", store, "satisfaction", 5)));
            report.holds(Owasp.API5, "nothing filed by the refused keys", total() == before, before + " → " + total());
        }
        report.refused(Owasp.API8, "a key issued with a scope outside the catalogue", 400, admin.request("POST",
                "/api/v1/api-keys", Map.of("client", "crm-bad-" + run, "scopes", List.of("complaints:delete")), Map.of()));
        report.printAndAssert();
        Report.verified(FAULT, "keys acted only within their families (403 problem+json otherwise, nothing stored); "
                + "without a read scope every action answered {id, status, version} only");
    }

    private String issue(String client, String... scopes) {
        Api.Reply issued = admin.request("POST", "/api/v1/api-keys", Map.of("client", client, "scopes", List.of(scopes)),
                Map.of());
        assertThat(issued.status()).as("issue %s: %s", client, issued).isEqualTo(201);
        return issued.json().path("secret").asString();
    }

    private static Api.Reply as(String key, String method, String path, Object body) {
        return Api.gateway().request(method, path, body, Map.of("X-Api-Key", key));
    }

    private Map<String, Object> complaint(String description) {
        return Map.of("type", "PRODUCT_QUALITY", "channel", "CRM", "storeId", store, "staffId", "scope.agent." + run,
                "customerId", "cust-" + run, "externalReference", "CRM-" + UUID.randomUUID(), "description", description);
    }

    private static boolean acknowledgementOnly(Api.Reply reply) {
        JsonNode body = reply.json();
        return body.has("id") && ACKNOWLEDGEMENT.containsAll(body.propertyNames());
    }

    private long total() {
        Api.Reply page = admin.get("/api/v1/complaints?storeId=" + store + "&size=1");
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.json().path("totalElements").asLong();
    }
}

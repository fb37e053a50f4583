package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.Api.body;
import static io.serviceops.complaint.support.Api.json;
import static io.serviceops.complaint.support.ComplaintRequests.anonymousComplaint;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.Api;
import io.serviceops.complaint.support.ComplaintServiceTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Every kind of bad input is a 4xx problem naming the field, and nothing is stored. */
@ComplaintServiceTest
abstract class BadInputContract {

    @Value("${local.server.port}")
    private int port;
    private Api api;
    private String store;

    @BeforeEach
    void connect() {
        api = new Api(port);
        store = uniqueStore();
    }

    private void assertRejected(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
        assertThat(json(api.get("/api/v1/complaints?storeId=" + store)).get("totalElements").asInt())
                .as("nothing half-stored").isZero();
    }

    private HttpResponse<String> file(Map<String, Object> request) {
        return api.post("/api/v1/complaints", body(request));
    }

    @Test
    void aMissingTypeIsRejected() {
        assertRejected(file(with(complaint(store), "type", null)), 400, "type");
    }

    @Test
    void anUnknownTypeIsRejected() {
        assertRejected(file(with(complaint(store), "type", "NO_SUCH_TYPE")), 400, "type");
    }

    @Test
    void anEmptyDescriptionIsRejected() {
        assertRejected(file(with(complaint(store), "description", "  ")), 400, "description");
    }

    @Test
    void anUnknownChannelIsRejected() {
        assertRejected(file(with(complaint(store), "channel", "CARRIER_PIGEON")), 400, "channel");
    }

    @Test
    void aFilerWithoutALoginCannotClaimAnIdentityATierAPriorityOrAChannel() {
        Map<String, Object> anonymous = anonymousComplaint(store);
        Api withoutLogin = api.as("");
        assertRejected(withoutLogin.post("/api/v1/complaints", body(with(anonymous, "customerId", "cust-77"))), 400, "customerId");
        assertRejected(withoutLogin.post("/api/v1/complaints", body(with(anonymous, "customerTier", "THREE_STAR"))), 400, "customerTier");
        assertRejected(withoutLogin.post("/api/v1/complaints", body(with(anonymous, "urgency", "HIGH"))), 400, "urgency");
        assertRejected(withoutLogin.post("/api/v1/complaints", body(with(anonymous, "importance", "HIGH"))), 400, "importance");
        assertRejected(withoutLogin.post("/api/v1/complaints", body(with(anonymous, "channel", "CRM"))), 400, "channel");
        assertRejected(withoutLogin.post("/api/v1/complaints", body(with(anonymous, "externalReference", "CRM-9"))), 400, "externalReference");
    }

    @Test
    void aCustomerAppFilesOnlyForItsOwnCustomerAndCannotSetThePriority() {
        Api app = api.as("CUSTOMER_APP");
        assertRejected(app.post("/api/v1/complaints", body(with(with(anonymousComplaint(store), "customerId", "cust-other"),
                "channel", "APP"))), 400, "customerId");
        assertRejected(app.post("/api/v1/complaints", body(with(anonymousComplaint(store), "urgency", "HIGH"))), 400, "urgency");
    }

    @Test
    void aCrmComplaintNeedsItsExternalReference() {
        assertRejected(file(with(complaint(store), "channel", "CRM")), 400, "externalReference");
    }

    @Test
    void anOversizedDescriptionIsRejected() {
        assertRejected(file(with(complaint(store), "description", "x".repeat(4001))), 400, "description");
    }

    @Test
    void anOversizedBodyIsRejectedBeforeItIsRead() {
        assertRejected(file(with(complaint(store), "description", "x".repeat(70_000))), 413, "body");
    }

    @Test
    void aMongoOperatorAsAFieldIsRejected() {
        assertRejected(file(with(complaint(store), "$where", "sleep(1000)")), 400, "$where");
    }

    @Test
    void aMongoOperatorAsAValueIsRejected() {
        assertRejected(file(with(complaint(store), "staffId", Map.of("$ne", "x"))), 400, "staffId");
        assertRejected(file(with(complaint(store), "staffId", "$ne")), 400, "staffId");
    }

    @Test
    void aMongoOperatorInAFilterIsRejected() {
        HttpResponse<String> response = api.get("/api/v1/complaints?storeId=%24ne");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("storeId");
    }

    @Test
    void pagingAndSortingOutsideTheLimitsAreRejected() {
        assertThat(api.get("/api/v1/complaints?size=500").body()).contains("\"field\":\"size\"");
        assertThat(api.get("/api/v1/complaints?sort=secret,asc").body()).contains("\"field\":\"sort\"");
        assertThat(api.get("/api/v1/complaints?status=NOPE").body()).contains("\"field\":\"status\"", "RECEIVED");
        assertThat(api.get("/api/v1/complaints?from=yesterday").body()).contains("\"field\":\"from\"");
    }

    @Test
    void malformedJsonIsRejected() {
        HttpResponse<String> response = api.post("/api/v1/complaints", "{\"type\": \"OTHER\", ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anUnknownComplaintIs404() {
        HttpResponse<String> response = api.get("/api/v1/complaints/cmp-does-not-exist");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("cmp-does-not-exist");
    }

    @Test
    void aBadSlaPolicyNamesTheField() {
        HttpResponse<String> response = api.put("/api/v1/sla-policies/OTHER", body(Map.of("firstResponse", "PT80H",
                "resolution", "PT72H", "atRiskPercent", 75, "escalatePercent", 100,
                "calendar", Map.of("mode", "BUSINESS_HOURS"))));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"budgets\"", "\"field\":\"calendar.complete\"");
    }
}

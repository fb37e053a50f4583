package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.ComplaintRequests.anonymousComplaint;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.testsupport.Api;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Every kind of bad input is a 4xx problem naming the field, and nothing is stored. */
@ComplaintServiceTest
class BadInputContract {

    @Value("${local.server.port}")
    private int port;
    private Api api;
    private String store;

    @BeforeEach
    void connect() {
        api = new Api(port, "complaint-service");
        store = uniqueStore();
    }

    private void assertRejected(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.text()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
        assertThat(api.get("/api/v1/complaints?storeId=" + store).body().get("totalElements").asInt())
                .as("nothing half-stored").isZero();
    }

    private Api.Response file(Map<String, Object> request) {
        return api.post("/api/v1/complaints", request);
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
        assertRejected(withoutLogin.post("/api/v1/complaints", with(anonymous, "customerId", "cust-77")), 400, "customerId");
        assertRejected(withoutLogin.post("/api/v1/complaints", with(anonymous, "customerTier", "THREE_STAR")), 400, "customerTier");
        assertRejected(withoutLogin.post("/api/v1/complaints", with(anonymous, "urgency", "HIGH")), 400, "urgency");
        assertRejected(withoutLogin.post("/api/v1/complaints", with(anonymous, "importance", "HIGH")), 400, "importance");
        assertRejected(withoutLogin.post("/api/v1/complaints", with(anonymous, "channel", "CRM")), 400, "channel");
        assertRejected(withoutLogin.post("/api/v1/complaints", with(anonymous, "externalReference", "CRM-9")), 400, "externalReference");
    }

    @Test
    void aCustomerAppFilesOnlyForItsOwnCustomerAndCannotSetThePriority() {
        Api app = api.as("CUSTOMER_APP");
        assertRejected(app.post("/api/v1/complaints", with(with(anonymousComplaint(store), "customerId", "cust-other"),
                "channel", "APP")), 400, "customerId");
        assertRejected(app.post("/api/v1/complaints", with(anonymousComplaint(store), "urgency", "HIGH")), 400, "urgency");
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
        Api.Response response = api.get("/api/v1/complaints?storeId=%24ne");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("storeId");
    }

    @Test
    void pagingAndSortingOutsideTheLimitsAreRejected() {
        assertThat(api.get("/api/v1/complaints?size=500").text()).contains("\"field\":\"size\"");
        assertThat(api.get("/api/v1/complaints?sort=secret,asc").text()).contains("\"field\":\"sort\"");
        assertThat(api.get("/api/v1/complaints?status=NOPE").text()).contains("\"field\":\"status\"", "RECEIVED");
        assertThat(api.get("/api/v1/complaints?from=yesterday").text()).contains("\"field\":\"from\"");
    }

    @Test
    void malformedJsonIsRejected() {
        Api.Response response = api.post("/api/v1/complaints", "{\"type\": \"OTHER\", ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).doesNotContain("Exception");
    }

    @Test
    void anUnknownComplaintIs404() {
        Api.Response response = api.get("/api/v1/complaints/cmp-does-not-exist");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).contains("cmp-does-not-exist");
    }

    @Test
    void aBadSlaPolicyNamesTheField() {
        Api.Response response = api.put("/api/v1/sla-policies/OTHER", Map.of("firstResponse", "PT80H",
                "resolution", "PT72H", "atRiskPercent", 75, "escalatePercent", 100,
                "calendar", Map.of("mode", "BUSINESS_HOURS")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"budgets\"", "\"field\":\"calendar.complete\"");
    }
}

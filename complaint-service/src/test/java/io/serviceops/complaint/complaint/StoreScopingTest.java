package io.serviceops.complaint.complaint;

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

/** OWASP API1:2023: staff limited to their stores neither see nor change another store's complaints. */
@ComplaintServiceTest
class StoreScopingTest {

    @Value("${local.server.port}")
    private int port;
    private Api admin;
    private String storeA;
    private String storeB;
    private String complaintOfA;
    private String complaintOfB;

    @BeforeEach
    void fileOneComplaintInEachOfTwoStores() {
        admin = new Api(port, "complaint-service").as("ADMIN");
        storeA = uniqueStore();
        storeB = uniqueStore();
        complaintOfA = file(storeA);
        complaintOfB = file(storeB);
    }

    @Test
    void anotherStoresComplaintAnswersAsAMissingOneAndStaysUnchanged() {
        Api agentOfA = new Api(port, "complaint-service").inStores("AGENT", storeA);
        long versionBefore = admin.get("/api/v1/complaints/" + complaintOfB).body().get("version").asLong();

        Api.Response read = agentOfA.get("/api/v1/complaints/" + complaintOfB);
        Api.Response missing = agentOfA.get("/api/v1/complaints/no-such-complaint");
        Api.Response assign = agentOfA.post("/api/v1/complaints/" + complaintOfB + "/assign",
                Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "mallory"));

        assertThat(read.status()).as(read.text()).isEqualTo(404);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read.body().get("title").asString()).isEqualTo(missing.body().get("title").asString());
        assertThat(assign.status()).as(assign.text()).isEqualTo(404);
        assertThat(admin.get("/api/v1/complaints/" + complaintOfB).body().get("version").asLong()).isEqualTo(versionBefore);
        assertThat(agentOfA.get("/api/v1/complaints/" + complaintOfA).status()).isEqualTo(200);
        assertThat(agentOfA.post("/api/v1/complaints/" + complaintOfA + "/assign",
                Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7")).status()).isEqualTo(200);
    }

    @Test
    void listsAndCountsHoldOnlyTheCallersStores() {
        Api supervisorOfA = new Api(port, "complaint-service").inStores("SUPERVISOR", storeA);

        Api.Response filteredToB = supervisorOfA.get("/api/v1/complaints?storeId=" + storeB);
        Api.Response all = supervisorOfA.get("/api/v1/complaints?size=100");
        Api.Response stats = supervisorOfA.get("/api/v1/complaints/stats?storeId=" + storeB);

        assertThat(filteredToB.body().get("totalElements").asLong()).isZero();
        assertThat(all.body().get("content").valueStream().map(entry -> entry.get("storeId").asString()))
                .containsOnly(storeA);
        assertThat(all.body().get("totalElements").asLong()).isEqualTo(all.body().get("content").size());
        assertThat(stats.body().get("total").asLong()).isZero();
        assertThat(admin.get("/api/v1/complaints?storeId=" + storeB).body().get("totalElements").asLong()).isOne();
    }

    @Test
    void aCallerWorkingInBothStoresSeesBoth() {
        Api both = new Api(port, "complaint-service").inStores("SUPERVISOR", storeA + "," + storeB);

        assertThat(both.get("/api/v1/complaints/" + complaintOfB).status()).isEqualTo(200);
        assertThat(both.get("/api/v1/complaints?storeId=" + storeB).body().get("totalElements").asLong()).isOne();
    }

    private String file(String store) {
        Api.Response filed = admin.post("/api/v1/complaints", with(complaint(store), "staffId", "zhang.san"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.body().get("id").asString();
    }
}

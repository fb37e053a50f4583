package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.Api.body;
import static io.serviceops.complaint.support.Api.json;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.Api;
import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.testsupport.EmbeddedInfrastructure;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** OWASP API1:2023: staff limited to their stores neither see nor change another store's complaints. */
@ComplaintServiceTest
@EmbeddedInfrastructure
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
        admin = new Api(port).as("ADMIN");
        storeA = uniqueStore();
        storeB = uniqueStore();
        complaintOfA = file(storeA);
        complaintOfB = file(storeB);
    }

    @Test
    void anotherStoresComplaintAnswersAsAMissingOneAndStaysUnchanged() {
        Api agentOfA = new Api(port).inStores("AGENT", storeA);
        long versionBefore = json(admin.get("/api/v1/complaints/" + complaintOfB)).get("version").asLong();

        HttpResponse<String> read = agentOfA.get("/api/v1/complaints/" + complaintOfB);
        HttpResponse<String> missing = agentOfA.get("/api/v1/complaints/no-such-complaint");
        HttpResponse<String> assign = agentOfA.post("/api/v1/complaints/" + complaintOfB + "/assign",
                body(Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "mallory")));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(404);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(read).get("title").asString()).isEqualTo(json(missing).get("title").asString());
        assertThat(assign.statusCode()).as(assign.body()).isEqualTo(404);
        assertThat(json(admin.get("/api/v1/complaints/" + complaintOfB)).get("version").asLong()).isEqualTo(versionBefore);
        assertThat(agentOfA.get("/api/v1/complaints/" + complaintOfA).statusCode()).isEqualTo(200);
        assertThat(agentOfA.post("/api/v1/complaints/" + complaintOfA + "/assign",
                body(Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"))).statusCode()).isEqualTo(200);
    }

    @Test
    void listsAndCountsHoldOnlyTheCallersStores() {
        Api supervisorOfA = new Api(port).inStores("SUPERVISOR", storeA);

        HttpResponse<String> filteredToB = supervisorOfA.get("/api/v1/complaints?storeId=" + storeB);
        HttpResponse<String> all = supervisorOfA.get("/api/v1/complaints?size=100");
        HttpResponse<String> stats = supervisorOfA.get("/api/v1/complaints/stats?storeId=" + storeB);

        assertThat(json(filteredToB).get("totalElements").asLong()).isZero();
        assertThat(json(all).get("content").valueStream().map(entry -> entry.get("storeId").asString()))
                .containsOnly(storeA);
        assertThat(json(all).get("totalElements").asLong()).isEqualTo(json(all).get("content").size());
        assertThat(json(stats).get("total").asLong()).isZero();
        assertThat(json(admin.get("/api/v1/complaints?storeId=" + storeB)).get("totalElements").asLong()).isOne();
    }

    @Test
    void aCallerWorkingInBothStoresSeesBoth() {
        Api both = new Api(port).inStores("SUPERVISOR", storeA + "," + storeB);

        assertThat(both.get("/api/v1/complaints/" + complaintOfB).statusCode()).isEqualTo(200);
        assertThat(json(both.get("/api/v1/complaints?storeId=" + storeB)).get("totalElements").asLong()).isOne();
    }

    private String file(String store) {
        HttpResponse<String> filed = admin.post("/api/v1/complaints", body(with(complaint(store), "staffId", "zhang.san")));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return json(filed).get("id").asString();
    }
}

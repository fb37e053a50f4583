package io.serviceops.feedback.scoping;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** OWASP API1:2023: staff limited to their stores neither see nor change another store's feedback and actions. */
@ServiceTest
class StoreScopingTest {

    @Value("${local.server.port}")
    int port;

    Api admin;
    @Autowired
    Clock clock;
    Api supervisorOfA;
    String storeA;
    String storeB;
    String feedbackOfA;
    String feedbackOfB;

    @BeforeEach
    void receiveFeedbackInTwoStores() {
        admin = new Api(port, "feedback-service").as("ADMIN");
        storeA = "store-" + UUID.randomUUID().toString().substring(0, 8);
        storeB = "store-" + UUID.randomUUID().toString().substring(0, 8);
        supervisorOfA = new Api(port, "feedback-service").inStores("SUPERVISOR", storeA);
        feedbackOfA = feedback(storeA);
        feedbackOfB = feedback(storeB);
    }

    @Test
    void anotherStoresFeedbackAnswersAsMissingAndIsLeftOutOfListsAndFigures() {
        var read = supervisorOfA.get("/api/v1/feedback/" + feedbackOfB);
        var listed = supervisorOfA.get("/api/v1/feedback?storeId=" + storeB);
        var mine = supervisorOfA.get("/api/v1/feedback?staffId=zhang.san&size=100");
        // The service's clock, which other tests of the shared context may have moved on.
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var figures = supervisorOfA.get("/api/v1/feedback/analytics/satisfaction?from=" + today.minusDays(2)
                + "&to=" + today.plusDays(2) + "&by=STORE");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(supervisorOfA.get("/api/v1/feedback/" + feedbackOfA).status()).isEqualTo(200);
        assertThat(listed.body().get("totalElements").asLong()).isZero();
        assertThat(mine.body().get("content").valueStream().map(entry -> entry.get("storeId").asString())).containsOnly(storeA);
        assertThat(figures.text()).contains(storeA).doesNotContain(storeB);
        assertThat(admin.get("/api/v1/feedback?storeId=" + storeB).body().get("totalElements").asLong()).isOne();
    }

    @Test
    void improvementActionsBelongToTheStoresOfTheirFeedbackAndStayThere() {
        var ofB = admin.post("/api/v1/improvement-actions", action(List.of(feedbackOfB), null));
        String pathOfB = "/api/v1/improvement-actions/" + ofB.body().get("id").asString();
        var ownUnlinked = supervisorOfA.post("/api/v1/improvement-actions", action(List.of(), null));

        var read = supervisorOfA.get(pathOfB);
        var moved = supervisorOfA.put(pathOfB + "/status", fields("status", "IN_PROGRESS"));
        var shared = supervisorOfA.put(pathOfB + "/outcome", fields("outcome", "told the customers"));
        var linkingB = supervisorOfA.post("/api/v1/improvement-actions", action(List.of(feedbackOfB), null));
        var namingB = supervisorOfA.post("/api/v1/improvement-actions", action(List.of(), storeB));
        var listed = supervisorOfA.get("/api/v1/improvement-actions?feedbackId=" + feedbackOfB);

        assertThat(ofB.body().get("storeIds").valueStream().map(store -> store.asString())).containsExactly(storeB);
        assertThat(read.status()).isEqualTo(404);
        assertThat(moved.status()).isEqualTo(404);
        assertThat(shared.status()).isEqualTo(404);
        assertThat(linkingB.status()).isEqualTo(404);
        assertThat(namingB.status()).isEqualTo(400);
        assertThat(listed.body().get("totalElements").asLong()).isZero();
        assertThat(admin.get(pathOfB).body().get("status").asString()).isEqualTo("PLANNED");
        assertThat(ownUnlinked.status()).isEqualTo(201);
        assertThat(ownUnlinked.body().get("storeIds").valueStream().map(store -> store.asString())).containsExactly(storeA);
        assertThat(supervisorOfA.get("/api/v1/improvement-actions/" + ownUnlinked.body().get("id").asString()).status())
                .isEqualTo(200);
    }

    private String feedback(String store) {
        var created = admin.post("/api/v1/feedback", fields("channel", "MOBILE_APP", "storeId", store,
                "staffId", "zhang.san", "satisfaction", 4, "comment", "fine"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static java.util.Map<String, Object> action(List<String> feedbackIds, String storeId) {
        var body = new java.util.HashMap<>(fields("measure", "Retrain the front desk", "responsibleDepartment", "FRONT_DESK",
                "dueDate", LocalDate.now().plusDays(7).toString(), "feedbackIds", feedbackIds));
        if (storeId != null) {
            body.put("storeId", storeId);
        }
        return body;
    }
}

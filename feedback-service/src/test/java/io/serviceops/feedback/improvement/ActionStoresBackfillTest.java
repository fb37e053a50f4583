package io.serviceops.feedback.improvement;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Actions saved before actions had stores are placed in the stores of what they link to, at start-up. */
@ServiceTest
class ActionStoresBackfillTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ActionStoresBackfill backfill;

    @Test
    void anActionWithoutStoresIsPlacedInTheStoresOfItsFeedbackAndOfTheFeedbackAboutItsComplaints() {
        Api admin = new Api(port, "feedback-service").as("ADMIN");
        String storeA = "store-" + UUID.randomUUID().toString().substring(0, 8);
        String storeB = "store-" + UUID.randomUUID().toString().substring(0, 8);
        String complaintOfB = "CMP-" + UUID.randomUUID().toString().substring(0, 8);
        String feedbackOfA = feedback(admin, fields("storeId", storeA));
        feedback(admin, fields("storeId", storeB, "complaintId", complaintOfB));
        String linked = plan(admin, List.of(feedbackOfA), List.of(complaintOfB));
        String unlinked = plan(admin, List.of(), List.of());
        mongo.updateMulti(new Query(where("_id").in(linked, unlinked)), new Update().unset("storeIds"),
                ImprovementAction.class);
        Api supervisorOfA = new Api(port, "feedback-service").inStores("SUPERVISOR", storeA);
        assertThat(supervisorOfA.get("/api/v1/improvement-actions/" + linked).status()).as("before").isEqualTo(404);

        backfill.run(null);
        backfill.run(null);

        assertThat(admin.get("/api/v1/improvement-actions/" + linked).body().get("storeIds").valueStream()
                .map(store -> store.asString())).containsExactlyInAnyOrder(storeA, storeB);
        assertThat(supervisorOfA.get("/api/v1/improvement-actions/" + linked).status()).isEqualTo(200);
        assertThat(new Api(port, "feedback-service").inStores("SUPERVISOR", storeB)
                .get("/api/v1/improvement-actions/" + linked).status())
                .isEqualTo(200);
        assertThat(supervisorOfA.get("/api/v1/improvement-actions/" + unlinked).status()).as("no store to derive")
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/improvement-actions/" + unlinked).status()).isEqualTo(200);
    }

    private static String feedback(Api admin, Map<String, Object> attribution) {
        var body = new java.util.HashMap<>(fields("channel", "MOBILE_APP", "staffId", "zhang.san", "satisfaction", 2));
        body.putAll(attribution);
        var created = admin.post("/api/v1/feedback", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static String plan(Api admin, List<String> feedbackIds, List<String> complaintIds) {
        var created = admin.post("/api/v1/improvement-actions", fields("measure", "Retrain the front desk",
                "responsibleDepartment", "FRONT_DESK", "dueDate", LocalDate.now().plusDays(7).toString(),
                "feedbackIds", feedbackIds, "complaintIds", complaintIds));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}

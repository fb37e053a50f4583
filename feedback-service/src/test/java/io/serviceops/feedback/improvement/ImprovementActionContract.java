package io.serviceops.feedback.improvement;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.events.Topics;
import io.serviceops.events.feedback.ImprovementOutcomeShared;
import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Improvement actions (改进措施) tracked from plan to verification, with overdue ones listed and counted. */
@ServiceTest
class ImprovementActionContract {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    AdjustableClock clock;

    Api api;
    EventProbe probe;
    final String department = "dept-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void open() {
        api = new Api(port, "feedback-service");
        probe = EventProbe.watching(bootstrapServers, Topics.FEEDBACK);
    }

    @AfterEach
    void close() throws InterruptedException {
        probe.close();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Api.Response plan(LocalDate due, String... headers) {
        return api.post("/api/v1/improvement-actions", fields("measure", "Retrain front desk on complaint handling",
                "responsibleDepartment", department, "responsiblePerson", "Li Wei", "dueDate", due.toString(),
                "feedbackIds", List.of("fb-1"), "complaintIds", List.of("cmp-1001")), headers);
    }

    @Test
    void anActionIsTrackedToVerificationAndItsOutcomeSharedWithCustomers() {
        var planned = plan(today().plusDays(7));
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.body().get("status").asString()).isEqualTo("PLANNED");
        String path = "/api/v1/improvement-actions/" + planned.body().get("id").asString();

        var tooEarly = api.put(path + "/outcome", fields("outcome", "We retrained the team"));
        assertThat(tooEarly.status()).isEqualTo(409);
        var started = api.put(path + "/status", fields("status", "IN_PROGRESS"), "If-Match", planned.header("ETag"));
        assertThat(started.status()).isEqualTo(200);
        var stale = api.put(path + "/status", fields("status", "DONE"), "If-Match", planned.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.put(path + "/status", fields("status", "DONE")).status()).isEqualTo(200);
        assertThat(api.put(path + "/status", fields("status", "PLANNED")).status()).isEqualTo(409);
        var verified = api.put(path + "/status", fields("status", "VERIFIED"));
        var shared = api.put(path + "/outcome", fields("outcome", "前台已完成投诉处理培训 / front desk retrained"));

        assertThat(verified.body().get("verifiedAt").isNull()).isFalse();
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.body().get("outcome").asString()).contains("front desk retrained");
        assertThat(api.get("/api/v1/improvement-actions?complaintId=cmp-1001&department=" + department)
                .body().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void sharingTheOutcomeAsksComplaintServiceToTellTheCustomersWhoAskedAboutIt() {
        String askedByFeedback = "cmp-" + UUID.randomUUID();
        var feedback = api.post("/api/v1/feedback", fields("channel", "MOBILE_APP", "storeId", "store-sh-01",
                "complaintId", askedByFeedback, "satisfaction", 2, "comment", "Will the queue get shorter?"));
        var planned = api.post("/api/v1/improvement-actions", fields("measure", "Open a second counter at rush hour",
                "responsibleDepartment", department, "dueDate", today().plusDays(7).toString(),
                "feedbackIds", List.of(feedback.body().get("id").asString()), "complaintIds", List.of("cmp-1001")));
        String path = "/api/v1/improvement-actions/" + planned.body().get("id").asString();
        api.put(path + "/status", fields("status", "DONE"));

        api.put(path + "/outcome", fields("outcome", "A second counter opens 17:00-19:00 / 高峰时段加开柜台"));

        var shared = probe.await(ImprovementOutcomeShared.class,
                event -> event.actionId().equals(planned.body().get("id").asString()), Duration.ofSeconds(20)).data();
        assertThat(shared.complaintIds()).containsExactlyInAnyOrder("cmp-1001", askedByFeedback);
        assertThat(shared.outcome()).contains("second counter");
    }

    @Test
    void overdueActionsAreListedAndCounted() {
        plan(today().minusDays(3));
        plan(today().plusDays(3));
        var doneLate = plan(today().minusDays(1));
        api.put("/api/v1/improvement-actions/" + doneLate.body().get("id").asString() + "/status", fields("status", "DONE"));

        var overdue = api.get("/api/v1/improvement-actions?overdue=true&department=" + department);

        assertThat(overdue.body().get("totalElements").asLong()).isEqualTo(1);
        assertThat(overdue.body().get("content").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(api.get("/actuator/prometheus").text()).contains("serviceops_improvement_overdue");
    }

    @Test
    void aRetriedPlanWithTheSameIdempotencyKeyCreatesOneAction() {
        String key = UUID.randomUUID().toString();
        var first = plan(today(), "Idempotency-Key", key);
        var second = plan(today(), "Idempotency-Key", key);

        assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(api.get("/api/v1/improvement-actions?department=" + department).body().get("totalElements").asLong())
                .isEqualTo(1);
    }

    @Test
    void rejectsAnActionWithoutMeasureOrOwner() {
        var response = api.post("/api/v1/improvement-actions", fields("dueDate", "2026-12-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("measure", "responsibleDepartment");
        assertThat(api.get("/api/v1/improvement-actions?sort=%24where").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/improvement-actions?size=500").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/improvement-actions?department=%24ne").text()).contains("department");
    }
}

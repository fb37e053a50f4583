package io.serviceops.feedback.privacy;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.privacy.PersonalDataAnswered;
import io.serviceops.events.privacy.PersonalDataRequested;
import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** feedback-service answers personal-data requests: its export part, and an erasure that keeps the ratings. */
@ServiceTest
class PersonalDataAnswersContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    Api api;
    String customer;

    @BeforeEach
    void open() {
        api = new Api(port, "feedback-service");
        customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private PersonalDataAnswered answerTo(PersonalDataRequested request) throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.PRIVACY);
                EventInjector injector = new EventInjector(bootstrapServers)) {
            injector.publish(request);
            EventEnvelope<PersonalDataAnswered> answer = probe.await(PersonalDataAnswered.class,
                    answered -> answered.requestId().equals(request.requestId()), TIMEOUT);
            assertThat(answer.source()).isEqualTo("/serviceops/feedback-service");
            return answer.data();
        }
    }

    private static PersonalDataRequested request(String kind, String customer) {
        return new PersonalDataRequested("pdr-" + UUID.randomUUID(), kind, List.of(customer), List.of(),
                List.of("someone@example.com"), kind.equals(PersonalDataRequested.ERASURE) ? "erased-" + UUID.randomUUID() : null,
                Instant.now());
    }

    @Test
    void exportsTheCustomersFeedbackAndErasesItKeepingTheRatings() throws Exception {
        String comment = "the cashier mocked my accent " + UUID.randomUUID();
        var created = api.post("/api/v1/feedback", fields("channel", "MOBILE_APP", "storeId", "store-sh-01",
                "customerId", customer, "satisfaction", 2, "comment", comment));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String path = "/api/v1/feedback/" + created.body().get("id").asString();

        PersonalDataAnswered export = answerTo(request(PersonalDataRequested.EXPORT, customer));
        assertThat(export.service()).isEqualTo("feedback-service");
        assertThat(export.export()).contains(comment).contains(customer).contains("\"feedback\"").contains("\"invitations\"");

        PersonalDataRequested erasure = request(PersonalDataRequested.ERASURE, customer);
        PersonalDataAnswered erased = answerTo(erasure);
        assertThat(erased.erased()).containsEntry("feedback", 1L);
        var after = api.get(path);
        assertThat(after.text()).doesNotContain(comment).doesNotContain(customer);
        assertThat(after.body().get("customerId").asString()).isEqualTo(erasure.pseudonym());
        assertThat(after.body().get("satisfaction").asInt()).as("ratings stay").isEqualTo(2);

        PersonalDataAnswered again = answerTo(request(PersonalDataRequested.ERASURE, customer));
        assertThat(again.erased()).as("nothing left to erase").containsEntry("feedback", 0L);
        assertThat(api.get("/actuator/prometheus").text())
                .contains("serviceops_privacy_requests_answered_total{application=\"feedback-service\",kind=\"ERASURE\"}");
    }
}

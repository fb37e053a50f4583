package io.serviceops.complaint.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.events.privacy.PersonalDataAnswered;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyRequestTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final List<String> SERVICES = List.of("complaint-service", "feedback-service");
    private static final DataSubject SUBJECT = new DataSubject(List.of("cust-77"), List.of(), List.of("li@example.com"));

    private static PersonalDataAnswered answer(String service, Map<String, Long> erased) {
        return new PersonalDataAnswered("pdr-1", service, "ERASURE", null, erased, AT.plusSeconds(1));
    }

    @Test
    void asksEveryServiceWithThePseudonymOnlyForAnErasure() {
        PrivacyRequest export = PrivacyRequest.open("pdr-1", RequestKind.EXPORT, SUBJECT, "erased-x", SERVICES, "dora", AT);
        PrivacyRequest erasure = PrivacyRequest.open("pdr-2", RequestKind.ERASURE, SUBJECT, "erased-x", SERVICES, "dora", AT);

        assertThat(export.pendingEvents()).singleElement().satisfies(message -> assertThat(message.payload())
                .contains("\"kind\":\"EXPORT\"").contains("cust-77").contains("\"pseudonym\":null"));
        assertThat(erasure.pendingEvents()).singleElement().satisfies(message -> assertThat(message.payload())
                .contains("\"pseudonym\":\"erased-x\""));
    }

    @Test
    void completesWhenEveryServiceHasAnsweredAndThenForgetsWhomAnErasureWasAbout() {
        PrivacyRequest request = PrivacyRequest.open("pdr-1", RequestKind.ERASURE, SUBJECT, "erased-x", SERVICES, "dora", AT);

        assertThat(request.answered(answer("complaint-service", Map.of("complaints", 2L)))).isFalse();
        assertThat(request.answered(answer("complaint-service", Map.of("complaints", 0L))))
                .as("a repeated answer changes nothing").isFalse();
        assertThat(request.complete()).isFalse();
        assertThat(request.subject()).isEqualTo(SUBJECT);

        assertThat(request.answered(answer("feedback-service", Map.of("feedback", 1L)))).isTrue();

        assertThat(request.complete()).isTrue();
        assertThat(request.subject()).isNull();
        assertThat(request.progress().get("complaint-service").erased()).containsEntry("complaints", 2L);
        assertThat(request.pseudonym()).isEqualTo("erased-x");
    }
}

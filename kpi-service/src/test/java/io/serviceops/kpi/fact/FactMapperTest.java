package io.serviceops.kpi.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.feedback.FeedbackSubmitted;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FactMapperTest {

    private final FactMapper mapper = new FactMapper(ZoneId.of("Asia/Shanghai"));

    @Test
    void aLateFirstResponseLandsInThePeriodTheComplaintWasFiledIn() {
        var responded = new ComplaintFirstResponded("c-1", "store-1", "staff-1", "agent-1",
                Instant.parse("2027-01-31T10:00:00Z"), Instant.parse("2027-02-01T09:30:00Z"),
                Instant.parse("2027-02-01T10:00:00Z"), true);

        Fact fact = mapper.firstResponded(responded).orElseThrow();

        assertThat(fact.id()).isEqualTo("c-1:FIRST_RESPONSE");
        assertThat(fact.month()).isEqualTo("2027-01-01");
        assertThat(fact.value()).isEqualTo(23.5 * 60);
        assertThat(fact.hit()).isEqualTo(1);
    }

    @Test
    void periodsFollowTheConfiguredZone() {
        // 2027-01-31T20:00Z is already 1 February in Shanghai
        Fact fact = mapper.feedback(feedback("SERVICE_ATTITUDE", 5, "2027-01-31T20:00:00Z")).orElseThrow();

        assertThat(fact.month()).isEqualTo("2027-02-01");
        assertThat(fact.week()).isEqualTo("2027-02-01");
        assertThat(fact.quarter()).isEqualTo("2027-01-01");
    }

    @Test
    void serviceAttitudeCountsGoodRatingsAmongRatingsAboutServiceAttitude() {
        Fact good = mapper.feedback(feedback("SERVICE_ATTITUDE", 4, "2027-02-01T00:00:00Z")).orElseThrow();
        Fact poor = mapper.feedback(feedback("SERVICE_ATTITUDE", 3, "2027-02-01T00:00:00Z")).orElseThrow();
        Fact otherTopic = mapper.feedback(feedback("PRODUCT_QUALITY", 5, "2027-02-01T00:00:00Z")).orElseThrow();

        assertThat(good.hit() + "/" + good.base()).isEqualTo("1/1");
        assertThat(poor.hit() + "/" + poor.base()).isEqualTo("0/1");
        assertThat(otherTopic.hit() + "/" + otherTopic.base()).isEqualTo("0/0");
    }

    @Test
    void feedbackWithoutASatisfactionRatingCarriesNoFact() {
        assertThat(mapper.feedback(feedback("OTHER", null, "2027-02-01T00:00:00Z"))).isEmpty();
    }

    private static FeedbackSubmitted feedback(String topic, Integer satisfaction, String at) {
        return new FeedbackSubmitted("f-" + topic + satisfaction, "APP", topic, "store-1", "staff-1", null,
                satisfaction, null, null, false, Instant.parse(at));
    }
}

package io.serviceops.kpi.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintLeftUnanswered;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.feedback.FeedbackSubmitted;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The facts the table makes of events, and whom they credit. */
class FactTableTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant FILED = Instant.parse("2027-01-31T10:00:00Z");

    @Test
    void aLateFirstResponseLandsInThePeriodTheComplaintWasFiledIn() {
        Fact fact = fact(responded(Duration.ofHours(9), Instant.parse("2027-02-01T09:30:00Z")));

        assertThat(fact.id()).isEqualTo("c-1:FIRST_RESPONSE");
        assertThat(fact.month()).isEqualTo("2027-01-01");
    }

    @Test
    void aFirstResponseCarriesTheWorkingTimeComplaintServiceCountedAndCreditsTheAssignee() {
        // 23.5 h on the wall clock, but 9 h of the complaint's business hours.
        Fact fact = fact(responded(Duration.ofHours(9), Instant.parse("2027-02-01T09:30:00Z")));

        assertThat(fact.value()).isEqualTo(9 * 3600);
        assertThat(fact.base()).isEqualTo(1);
        assertThat(fact.staffId()).isEqualTo("agent-7");
    }

    @Test
    void anOlderFirstResponseWithoutWorkingTimeIsMeasuredOnTheWallClockAndCreditsWhoResponded() {
        var old = new ComplaintFirstResponded("c-1", "store-1", "staff-1", "agent-1", FILED,
                Instant.parse("2027-02-01T09:30:00Z"), Instant.parse("2027-02-01T10:00:00Z"), true, null, null);

        Fact fact = fact(old);

        assertThat(fact.value()).isEqualTo(23.5 * 3600);
        assertThat(fact.staffId()).isEqualTo("agent-1");
    }

    @Test
    void aComplaintLeftUnansweredIsAnUncountedFirstResponseThatALaterAnswerReplaces() {
        Fact unanswered = fact(new ComplaintLeftUnanswered("c-1", "store-1", "staff-1", "agent-7", FILED,
                Duration.ofHours(24), FILED.plus(Duration.ofHours(24))));

        assertThat(unanswered.id()).isEqualTo("c-1:FIRST_RESPONSE");
        assertThat(unanswered.value()).isEqualTo(24 * 3600);
        assertThat(unanswered.base()).isZero();
        assertThat(unanswered.staffId()).isEqualTo("agent-7");
    }

    @Test
    void handlingAndResolutionCreditTheAssigneeNotTheStaffMemberTheComplaintNamed() {
        Fact handled = fact(new ComplaintAssigned("c-1", "store-1", "staff-1", "CUSTOMER_SUPPORT", "agent-7",
                FILED.plusSeconds(600), FILED));
        Fact resolved = fact(new ComplaintResolved("c-1", "SERVICE_ATTITUDE", "store-1", "staff-1", "cust-1",
                "lead-2", "STAFF_CONDUCT", "APOLOGY", FILED, FILED.plusSeconds(7200), FILED.plusSeconds(86400), true,
                null, "agent-7"));

        assertThat(handled.kind()).isEqualTo(FactKind.HANDLED);
        assertThat(handled.staffId()).isEqualTo("agent-7");
        assertThat(resolved.staffId()).isEqualTo("agent-7");
    }

    @Test
    void periodsFollowTheConfiguredZone() {
        // 2027-01-31T20:00Z is already 1 February in Shanghai
        Fact fact = fact(feedback("SERVICE_ATTITUDE", 5, "2027-01-31T20:00:00Z"));

        assertThat(fact.month()).isEqualTo("2027-02-01");
        assertThat(fact.week()).isEqualTo("2027-02-01");
        assertThat(fact.quarter()).isEqualTo("2027-01-01");
    }

    @Test
    void serviceAttitudeCountsGoodRatingsAmongRatingsAboutServiceAttitude() {
        Fact good = fact(feedback("SERVICE_ATTITUDE", 4, "2027-02-01T00:00:00Z"));
        Fact poor = fact(feedback("SERVICE_ATTITUDE", 3, "2027-02-01T00:00:00Z"));
        Fact otherTopic = fact(feedback("PRODUCT_QUALITY", 5, "2027-02-01T00:00:00Z"));

        assertThat(good.hit() + "/" + good.base()).isEqualTo("1/1");
        assertThat(poor.hit() + "/" + poor.base()).isEqualTo("0/1");
        assertThat(otherTopic.hit() + "/" + otherTopic.base()).isEqualTo("0/0");
    }

    @Test
    void feedbackWithoutASatisfactionRatingCarriesNoFact() {
        assertThat(rule(FeedbackSubmitted.class).fact(feedback("OTHER", null, "2027-02-01T00:00:00Z"))).isEmpty();
    }

    private static ComplaintFirstResponded responded(Duration workingTime, Instant at) {
        return new ComplaintFirstResponded("c-1", "store-1", "staff-1", "agent-1", FILED, at,
                Instant.parse("2027-02-01T10:00:00Z"), true, "agent-7", workingTime);
    }

    private static Fact fact(IntegrationEvent event) {
        return Fact.of(rule(event.getClass()).fact(event).orElseThrow(), SHANGHAI);
    }

    private static FactRule<?> rule(Class<?> type) {
        return FactTable.RULES.stream().filter(rule -> rule.type().equals(type)).findFirst().orElseThrow();
    }

    private static FeedbackSubmitted feedback(String topic, Integer satisfaction, String at) {
        return new FeedbackSubmitted("f-" + topic + satisfaction, "APP", topic, "store-1", "staff-1", null,
                satisfaction, null, null, false, Instant.parse(at));
    }
}

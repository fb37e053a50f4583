package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.complaint.ComplaintMother.FILED;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintEscalated;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineCheckTest {

    @Test
    void flagsAtRiskBeforeTheDeadlineWithoutAnEvent() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(3)));

        assertThat(complaint.sla().deadline(io.serviceops.complaint.sla.DeadlineKind.FIRST_RESPONSE).atRisk()).isTrue();
        assertThat(complaint.raisedEvents()).noneMatch(ComplaintEscalated.class::isInstance);
        assertThat(complaint.history()).extracting(AuditEntry::action).contains("AT_RISK");
    }

    @Test
    void breachesAndEscalatesOncePerDeadlineSupervisorThenManager() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(5)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(6)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(25)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(50)));

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintSlaBreached.class::isInstance)
                .extracting(event -> ((ComplaintSlaBreached) event).deadline()).containsExactly("FIRST_RESPONSE", "RESOLUTION");
        assertThat(complaint.raisedEvents()).filteredOn(ComplaintEscalated.class::isInstance)
                .extracting(event -> ((ComplaintEscalated) event).level()).containsExactly("SUPERVISOR", "MANAGER");
        assertThat(complaint.escalationLevel()).isEqualTo(EscalationLevel.MANAGER);
    }

    @Test
    void aMetDeadlineNeverBreaches() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.respond("on it", "agent-7", null, FILED.plus(Duration.ofHours(1)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(5)));

        assertThat(complaint.raisedEvents()).noneMatch(ComplaintSlaBreached.class::isInstance);
    }

    @Test
    void aResolvedCaseIsNoLongerChecked() {
        Complaint complaint = ComplaintMother.resolved();
        complaint.checkDeadlines(FILED.plus(Duration.ofDays(9)));

        assertThat(complaint.raisedEvents()).noneMatch(ComplaintSlaBreached.class::isInstance);
    }

    @Test
    void closesAResolvedCaseUnconfirmedWhenTheConfirmationWindowPasses() {
        Complaint complaint = ComplaintMother.resolved();
        complaint.checkDeadlines(FILED.plus(Duration.ofDays(3)));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);

        complaint.checkDeadlines(FILED.plus(Duration.ofDays(8)));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.raisedEvents()).last().isInstanceOfSatisfying(ComplaintClosed.class,
                closed -> assertThat(closed.confirmedByCustomer()).isFalse());
    }

    @Test
    void aPausedCaseIsNotBreachedWhileWaiting() {
        Complaint complaint = ComplaintMother.investigated();
        complaint.respond("send photos", "agent-7", null, FILED.plusSeconds(900));
        complaint.waitForCustomer("photos", "agent-7", FILED.plus(Duration.ofHours(1)));
        complaint.checkDeadlines(FILED.plus(Duration.ofDays(3)));

        assertThat(complaint.raisedEvents()).noneMatch(ComplaintSlaBreached.class::isInstance);
    }
}

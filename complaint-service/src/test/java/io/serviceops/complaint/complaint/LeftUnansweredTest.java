package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.complaint.ComplaintMother.FILED;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintLeftUnanswered;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The scorecards' response limit (24 h of working time): announced once when it runs out unanswered. */
class LeftUnansweredTest {

    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void announcesACaseStillUnansweredWhenTheLimitRunsOutAndOnlyOnce() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.checkDeadlines(FILED.plus(DAY).minusSeconds(1));
        assertThat(complaint.raisedEvents()).noneMatch(ComplaintLeftUnanswered.class::isInstance);

        complaint.checkDeadlines(FILED.plus(DAY).plusSeconds(30));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(30)));

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintLeftUnanswered.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ComplaintLeftUnanswered.class, unanswered -> {
                    assertThat(unanswered.limit()).isEqualTo(DAY);
                    // The moment the limit ran out, not the moment the scan noticed it.
                    assertThat(unanswered.unansweredAt()).isEqualTo(FILED.plus(DAY));
                    assertThat(unanswered.assigneeId()).isEqualTo("agent-7");
                });
    }

    @Test
    void anAnsweredCaseIsNeverAnnounced() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.respond("on it", "agent-7", null, FILED.plus(Duration.ofHours(9)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(30)));

        assertThat(complaint.raisedEvents()).noneMatch(ComplaintLeftUnanswered.class::isInstance);
    }

    @Test
    void theFirstResponseCarriesItsWorkingTimeAndHandler() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.respond("on it", "agent-7", null, FILED.plus(Duration.ofHours(9)));

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintFirstResponded.class::isInstance).singleElement()
                .isInstanceOfSatisfying(ComplaintFirstResponded.class, responded -> {
                    assertThat(responded.workingTimeToFirstResponse()).isEqualTo(Duration.ofHours(9));
                    assertThat(responded.assigneeId()).isEqualTo("agent-7");
                    // 9 h is past the attitude policy's 4-h first-response budget, yet within the manuals' 24 h.
                    assertThat(responded.withinDeadline()).isFalse();
                });
    }

    @Test
    void timeWaitingOnTheCustomerDoesNotCountTowardsTheLimit() {
        Complaint complaint = ComplaintMother.investigated();
        complaint.waitForCustomer("photos", "agent-7", FILED.plus(Duration.ofHours(2)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(40)));
        assertThat(complaint.raisedEvents()).noneMatch(ComplaintLeftUnanswered.class::isInstance);

        // Paused for 38 h: 2 h before, 22 h after resuming make the 24 h.
        complaint.resume("photos came", "agent-7", FILED.plus(Duration.ofHours(40)));
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(62)).minusSeconds(1));
        assertThat(complaint.raisedEvents()).noneMatch(ComplaintLeftUnanswered.class::isInstance);
        complaint.checkDeadlines(FILED.plus(Duration.ofHours(62)));

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintLeftUnanswered.class::isInstance).singleElement()
                .extracting(event -> ((ComplaintLeftUnanswered) event).unansweredAt())
                .isEqualTo(FILED.plus(Duration.ofHours(62)));
    }
}

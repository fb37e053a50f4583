package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.complaint.ComplaintMother.FILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.complaint.sla.DeadlineKind;
import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

    @Test
    void filingComputesDeadlinesAndRecordsTheFiledEvent() {
        Complaint complaint = ComplaintMother.filed();

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
        ComplaintFiled filed = (ComplaintFiled) complaint.raisedEvents().get(0);
        assertThat(filed.firstResponseDue()).isEqualTo(FILED.plus(Duration.ofHours(4)));
        assertThat(filed.resolutionDue()).isEqualTo(FILED.plus(Duration.ofHours(24)));
        assertThat(filed.customerTier()).isEqualTo("TWO_STAR");
        assertThat(complaint.pendingEvents()).hasSize(1);
        assertThat(complaint.history()).extracting(AuditEntry::action).containsExactly("FILED");
    }

    @Test
    void walksTheWholeLifecycleWithOneEventPerStep() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.respond("We are looking into it", "agent-7", null, FILED.plusSeconds(120));
        complaint.investigate(RootCause.PROCESS_NOT_FOLLOWED, null, "agent-7", FILED.plusSeconds(600));
        complaint.resolve(null, Handling.EXPLANATION, "explained", "agent-7", null, FILED.plusSeconds(3600));
        complaint.confirm("happy now", "agent-7", FILED.plusSeconds(7200));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.raisedEvents()).extracting(Object::getClass).containsExactly(ComplaintFiled.class,
                ComplaintAssigned.class, ComplaintFirstResponded.class, ComplaintResolved.class, ComplaintClosed.class);
        ComplaintResolved resolved = (ComplaintResolved) complaint.raisedEvents().get(3);
        assertThat(resolved.rootCause()).isEqualTo("PROCESS_NOT_FOLLOWED");
        assertThat(resolved.withinDeadline()).isTrue();
        assertThat(((ComplaintClosed) complaint.raisedEvents().get(4)).confirmedByCustomer()).isTrue();
        assertThat(complaint.history()).extracting(AuditEntry::action).containsExactly("FILED", "ASSIGNED",
                "RESPONDED", "ROOT_CAUSE_FOUND", "RESOLVED", "CONFIRMED_BY_CUSTOMER");
    }

    @Test
    void aSupervisorRecordingForAnAgentLeavesBothInTheHistoryAndCreditsTheAgent() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.respond("We are on it", "supervisor-li", "agent-7", FILED.plusSeconds(120));
        complaint.resolve(RootCause.STAFF_CONDUCT, Handling.APOLOGY, null, "supervisor-li", "agent-7", FILED.plusSeconds(600));

        assertThat(complaint.history()).filteredOn(entry -> !entry.action().equals("FILED") && !entry.action().equals("ASSIGNED"))
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESPONDED", "supervisor-li", "agent-7"),
                        org.assertj.core.groups.Tuple.tuple("RESOLVED", "supervisor-li", "agent-7"));
        assertThat(complaint.raisedEvents()).filteredOn(ComplaintFirstResponded.class::isInstance)
                .extracting(event -> ((ComplaintFirstResponded) event).respondedBy()).containsExactly("agent-7");
        assertThat(complaint.raisedEvents()).filteredOn(ComplaintResolved.class::isInstance)
                .extracting(event -> ((ComplaintResolved) event).resolvedBy()).containsExactly("agent-7");
    }

    @Test
    void onlyTheFirstResponseRaisesAnEvent() {
        Complaint complaint = ComplaintMother.assigned();
        complaint.respond("first", "agent-7", null, FILED.plusSeconds(120));
        complaint.respond("second", "agent-7", null, FILED.plusSeconds(240));

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintFirstResponded.class::isInstance).hasSize(1);
    }

    @Test
    void resolvingWithoutAResponseCountsAsTheFirstResponse() {
        Complaint complaint = ComplaintMother.resolved();

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintFirstResponded.class::isInstance).hasSize(1);
        assertThat(complaint.sla().deadline(DeadlineKind.FIRST_RESPONSE).metAt()).isNotNull();
    }

    @Test
    void aLateResolutionIsNotWithinTheDeadline() {
        Complaint complaint = ComplaintMother.investigated();
        complaint.resolve(null, Handling.APOLOGY, null, "agent-7", null, FILED.plus(Duration.ofHours(30)));

        assertThat(complaint.raisedEvents()).filteredOn(ComplaintResolved.class::isInstance)
                .singleElement().extracting(event -> ((ComplaintResolved) event).withinDeadline()).isEqualTo(false);
    }

    @Test
    void refusesToRespondBeforeAssignment() {
        Complaint complaint = ComplaintMother.filed();

        assertThatThrownBy(() -> complaint.respond("hi", "agent-7", null, FILED)).isInstanceOf(ActionNotAllowed.class)
                .hasMessageContaining("RECEIVED");
    }

    @Test
    void refusesToResolveWithoutARootCause() {
        Complaint complaint = ComplaintMother.assigned();

        assertThatThrownBy(() -> complaint.resolve(null, Handling.APOLOGY, null, "agent-7", null, FILED))
                .isInstanceOf(ActionNotAllowed.class).hasMessageContaining("root cause");
    }

    @Test
    void refusesToCloseAnUnresolvedComplaintOrToTouchAClosedOne() {
        Complaint open = ComplaintMother.investigated();
        assertThatThrownBy(() -> open.close("done", "agent-7", FILED)).isInstanceOf(ActionNotAllowed.class);

        Complaint closed = ComplaintMother.resolved();
        closed.close("no answer from customer", "agent-7", FILED.plusSeconds(9000));
        assertThatThrownBy(() -> closed.assign("X", "y", "z", FILED)).isInstanceOf(ActionNotAllowed.class);
        assertThatThrownBy(() -> closed.reopen("again", "z", FILED)).isInstanceOf(ActionNotAllowed.class);
    }

    @Test
    void reopeningSendsTheCaseBackToInvestigation() {
        Complaint complaint = ComplaintMother.resolved();
        complaint.reopen("still broken", "agent-7", FILED.plusSeconds(7200));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(complaint.raisedEvents()).last().isInstanceOf(ComplaintReopened.class);
        assertThat(complaint.sla().deadline(DeadlineKind.RESOLUTION).metAt()).isNull();
    }

    @Test
    void waitingOnTheCustomerPausesTheClockAndResumingMovesTheDeadline() {
        Complaint complaint = ComplaintMother.investigated();
        complaint.respond("need receipt", "agent-7", null, FILED.plusSeconds(700));
        complaint.waitForCustomer("need the receipt", "agent-7", FILED.plus(Duration.ofHours(2)));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.WAITING_ON_CUSTOMER);
        assertThat(complaint.sla().deadline(DeadlineKind.RESOLUTION).dueAt()).isNull();
        assertThatThrownBy(() -> complaint.respond("x", "a", null, FILED)).isInstanceOf(ActionNotAllowed.class);

        complaint.resume("receipt arrived", "agent-7", FILED.plus(Duration.ofHours(7)));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
        assertThat(complaint.sla().deadline(DeadlineKind.RESOLUTION).dueAt()).isEqualTo(FILED.plus(Duration.ofHours(29)));
    }

    @Test
    void anonymousVipAndUrgentCasesGetTheirPriority() {
        var vip = new ComplaintDraft("OTHER", Channel.APP, "s", null, "c", CustomerTier.THREE_STAR, null, "d", null,
                null, null, null);
        var urgentVip = new ComplaintDraft("OTHER", Channel.APP, "s", null, "c", CustomerTier.THREE_STAR, null, "d",
                null, Grade.HIGH, Grade.HIGH, null);
        var anonymousLow = new ComplaintDraft("OTHER", Channel.SUGGESTION_BOX, "s", null, null, null, null, "d", null,
                Grade.LOW, Grade.NORMAL, null);

        assertThat(vip.priority()).hasToString("HIGH");
        assertThat(urgentVip.priority()).hasToString("URGENT");
        assertThat(anonymousLow.priority()).hasToString("LOW");
        assertThat(anonymousLow.isAnonymous()).isTrue();
        assertThat(anonymousLow.tier()).isEqualTo(CustomerTier.ONE_STAR);
    }

    @Test
    void erasingTheCustomerReplacesThemAsAnActorOfTheHistoryTooAndKeepsTheStaff() {
        Complaint complaint = Complaint.file("cmp-2", ComplaintMother.draft(), ComplaintMother.ATTITUDE, "cust-77", FILED);
        complaint.assign("CUSTOMER_SUPPORT", "agent-7", "lead-1", FILED.plusSeconds(60));
        complaint.resolve(RootCause.STAFF_CONDUCT, Handling.APOLOGY, "apologised", "agent-7", null, FILED.plusSeconds(600));
        complaint.confirm("thanks", "cust-77", FILED.plusSeconds(700));

        complaint.eraseCustomer("erased-1", "pdr-1", FILED.plusSeconds(800));

        assertThat(complaint.history()).extracting(AuditEntry::actor)
                .containsExactly("erased-1", "lead-1", "agent-7", "erased-1", "privacy");
        assertThat(complaint.history().toString()).doesNotContain("cust-77").doesNotContain("thanks");
    }
}

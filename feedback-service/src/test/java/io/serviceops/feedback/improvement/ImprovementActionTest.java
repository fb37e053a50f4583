package io.serviceops.feedback.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.problem.Conflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImprovementActionTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    static ImprovementAction planned() {
        return ImprovementAction.plan("a-1", "Shorten the queue", new Responsible("front desk", null), DUE,
                List.of(), List.of("cmp-1"), Set.of("store-1"), Instant.EPOCH);
    }

    @Test
    void movesFromPlanThroughDoneToVerified() {
        ImprovementAction action = planned();
        action.moveTo(ActionStatus.IN_PROGRESS, Instant.EPOCH);
        action.moveTo(ActionStatus.DONE, Instant.EPOCH);
        action.moveTo(ActionStatus.VERIFIED, Instant.EPOCH);

        assertThat(action.status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(action.verifiedAt()).isNotNull();
    }

    @Test
    void failedVerificationSendsTheWorkBack() {
        ImprovementAction action = planned();
        action.moveTo(ActionStatus.DONE, Instant.EPOCH);
        action.moveTo(ActionStatus.IN_PROGRESS, Instant.EPOCH);

        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void cannotSkipToVerifiedOrLeaveIt() {
        ImprovementAction action = planned();
        assertThatThrownBy(() -> action.moveTo(ActionStatus.VERIFIED, Instant.EPOCH)).isInstanceOf(IllegalStatusChange.class);
        action.moveTo(ActionStatus.DONE, Instant.EPOCH);
        action.moveTo(ActionStatus.VERIFIED, Instant.EPOCH);
        assertThatThrownBy(() -> action.moveTo(ActionStatus.IN_PROGRESS, Instant.EPOCH))
                .isInstanceOf(IllegalStatusChange.class);
    }

    @Test
    void isOverdueOnlyWhileOpenAndPastItsDueDate() {
        ImprovementAction action = planned();
        assertThat(action.isOverdue(DUE)).isFalse();
        assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
        action.moveTo(ActionStatus.DONE, Instant.EPOCH);
        assertThat(action.isOverdue(DUE.plusDays(1))).isFalse();
    }

    @Test
    void theOutcomeIsSharedOnlyOnceTheActionIsDone() {
        ImprovementAction action = planned();
        assertThatThrownBy(() -> action.shareOutcome("done", List.of(), Instant.EPOCH)).isInstanceOf(Conflict.class);
        assertThat(action.pendingEvents()).isEmpty();
        action.moveTo(ActionStatus.DONE, Instant.EPOCH);
        action.shareOutcome("队伍缩短了 / the queue is shorter", List.of(), Instant.EPOCH);
        assertThat(action.outcome()).contains("shorter");
    }

    @Test
    void sharingTheOutcomeTellsTheCustomersOfLinkedComplaintsAndOfLinkedFeedbacksComplaints() {
        ImprovementAction action = planned();
        action.moveTo(ActionStatus.DONE, Instant.EPOCH);

        action.shareOutcome("the queue is shorter", List.of("cmp-2", "cmp-1"), Instant.EPOCH);

        assertThat(action.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ImprovementOutcomeShared");
            assertThat(event.payload()).contains("\"complaintIds\":[\"cmp-1\",\"cmp-2\"]", "the queue is shorter");
        });
    }
}
